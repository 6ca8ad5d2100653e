import type { Locale } from '@iom/core';
import {
  isValidAt,
  type OrgStructure,
  type OrgUnit,
  postTitle,
  regionalOfficeFor,
  type Validity,
} from '@iom/organization';
import type {
  ChiefOfMissionMention,
  ChiefOfMissionTerm,
  CountryMissionRecord as CountryMission,
  MissionOffice,
} from './model.js';

/** When a mission exists: its own dates, or from 1 January of the year it was established. */
export function missionValidity(mission: CountryMission): Validity {
  const validity: Validity = {};
  const from =
    mission.validFrom ?? (mission.yearEstablished === undefined ? undefined : `${mission.yearEstablished}-01-01`);
  if (from !== undefined) validity.validFrom = from;
  if (mission.validUntil !== undefined) validity.validUntil = mission.validUntil;
  return validity;
}

/**
 * IOM's mission in `countryCode` on `date` (an ISO date), or `undefined` when none is recorded then.
 *
 * @example
 * missionFor(exampleMissions, 'EC', '2024-06-01')?.mainOffice.city.es; // 'Quito'
 */
export function missionFor(
  missions: readonly CountryMission[],
  countryCode: string,
  date: string,
): CountryMission | undefined {
  return missions.find((mission) => mission.country === countryCode && isValidAt(missionValidity(mission), date));
}

/** The head of `mission` on `date`, from the dated terms only (never from undated mentions). */
export function chiefOfMissionAt(mission: CountryMission, date: string): ChiefOfMissionTerm | undefined {
  return mission.chiefsOfMission.find((term) => isValidAt(term, date));
}

/** The offices of `mission` open on `date`: the main office first, then the sub-offices. */
export function officesAt(mission: CountryMission, date: string): MissionOffice[] {
  return [mission.mainOffice, ...mission.subOffices].filter((office) => isValidAt(office, date));
}

/** The regional office `mission` reports to on `date`, read from an `@iom/organization` structure. */
export function regionalOfficeOf(mission: CountryMission, structure: OrgStructure, date: string): OrgUnit | undefined {
  return regionalOfficeFor(structure, mission.country, date);
}

/**
 * The title of a head of mission in `locale`, in the form the source states (neutral otherwise):
 * `Jefa de Misión`, `Chef de mission par intérim`, `Officer in Charge`.
 */
export function headTitle(head: ChiefOfMissionTerm | ChiefOfMissionMention, locale: Locale): string {
  return postTitle({ kind: head.role }, locale, { form: head.grammaticalGender, interim: head.interim });
}
