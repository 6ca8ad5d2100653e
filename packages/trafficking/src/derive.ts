import { fullYearsBetween, yearOf } from '@iom/core';
import type { TraffickingCaseAnyVersion } from './case-record.js';
import type { AgeBand, DurationBand, Majority } from './codes.js';

// Bands are derived here, at export time only: records keep ages and dates as their source gave them.

/** The CTDC `ageBroad` band of an age in years. */
export function ageBandOf(age: number): AgeBand {
  if (age <= 8) return '0--8';
  if (age <= 17) return '9--17';
  if (age <= 20) return '18--20';
  if (age <= 23) return '21--23';
  if (age <= 26) return '24--26';
  if (age <= 29) return '27--29';
  if (age <= 38) return '30--38';
  if (age <= 47) return '39--47';
  return '48+';
}

/** Adult (18 or over) or minor. */
export function majorityOf(age: number): Majority {
  return age >= 18 ? 'Adult' : 'Minor';
}

/** Adult or minor for a CTDC age band. */
export function majorityOfBand(band: AgeBand): Majority {
  return band === '0--8' || band === '9--17' ? 'Minor' : 'Adult';
}

/** The CTDC `traffickMonths` band of a duration in months. */
export function durationBandOf(months: number): DurationBand {
  if (months <= 12) return '0--12';
  if (months <= 24) return '13--24';
  return '25+';
}

/**
 * The victim's age in whole years at registration: as given, or from the birth date and registration
 * date when both are precise enough.
 */
export function ageAtRegistration(record: TraffickingCaseAnyVersion): number | undefined {
  const given = record.person?.ageAtRegistration;
  if (given !== undefined) return given;
  const birth = record.person?.birthDate;
  const registered = record.registrationDate;
  if (birth === undefined || registered === undefined) return undefined;
  const years = fullYearsBetween(birth, registered);
  return years !== undefined && years >= 0 ? years : undefined;
}

/** The age band at registration: derived from the age, else the band the source gave. */
export function ageBandAtRegistration(record: TraffickingCaseAnyVersion): AgeBand | undefined {
  const age = ageAtRegistration(record);
  return age === undefined ? record.person?.ageBand : ageBandOf(age);
}

/** Adult or minor at registration: from the age, else the band, else as stated. */
export function majorityAtRegistration(record: TraffickingCaseAnyVersion): Majority | undefined {
  const age = ageAtRegistration(record);
  if (age !== undefined) return majorityOf(age);
  const band = record.person?.ageBand;
  if (band !== undefined) return majorityOfBand(band);
  return record.person?.majority;
}

/** Adult or minor when first trafficked. */
export function majorityWhenTrafficked(record: TraffickingCaseAnyVersion): Majority | undefined {
  const age = record.victim?.ageWhenTrafficked;
  return age === undefined ? record.victim?.majorityWhenTrafficked : majorityOf(age);
}

/** Adult or minor when exploitation began. */
export function majorityAtExploitationStart(record: TraffickingCaseAnyVersion): Majority | undefined {
  const age = record.victim?.ageAtExploitationStart;
  return age === undefined ? record.victim?.majorityAtExploitationStart : majorityOf(age);
}

/** The year of registration. */
export function registrationYear(record: TraffickingCaseAnyVersion): number | undefined {
  return record.registrationDate === undefined ? undefined : yearOf(record.registrationDate);
}

/**
 * The country of exploitation: the latest one recorded, else the country of identification (CTDC's
 * proxy), else the destination.
 */
export function countryOfExploitation(record: TraffickingCaseAnyVersion): string | undefined {
  const countries = record.exploitation?.countries ?? [];
  return countries[countries.length - 1] ?? record.identificationCountry ?? record.movement?.destination?.country;
}

/** The duration band: from the months given, else the band the source gave. */
export function durationBand(record: TraffickingCaseAnyVersion): DurationBand | undefined {
  const months = record.exploitation?.durationMonths;
  return months === undefined ? record.exploitation?.durationBand : durationBandOf(months);
}
