import { comparePartialDates, type IssueSink, subdivisionCountry } from '@iom/core';
import type { TraffickingCaseAnyVersion } from './case-record.js';
import { ageAtRegistration, ageBandOf, majorityOf } from './derive.js';
import { schemaIssues } from './messages/schema.js';
import type { Place } from './model.js';
import { valuesAt } from './privacy/paths.js';

type Ctx = IssueSink;

/** A date field: its path (named in messages) and how to read it (no path parsing per record). */
type DateField = readonly [path: string, read: (record: TraffickingCaseAnyVersion) => string | undefined];

const BIRTH: DateField = ['person.birthDate', (record) => record.person?.birthDate];
const REGISTRATION: DateField = ['registrationDate', (record) => record.registrationDate];
const RECRUITMENT: DateField = ['recruitment.date', (record) => record.recruitment?.date];
const START: DateField = ['exploitation.startDate', (record) => record.exploitation?.startDate];
const END: DateField = ['exploitation.endDate', (record) => record.exploitation?.endDate];

/** Pairs of dates where the first may not come after the second. */
const DATE_ORDER: ReadonlyArray<readonly [earlier: DateField, later: DateField]> = [
  [BIRTH, REGISTRATION],
  [BIRTH, RECRUITMENT],
  [BIRTH, START],
  [RECRUITMENT, START],
  [RECRUITMENT, REGISTRATION],
  [START, END],
  [START, REGISTRATION],
];

function split(path: string): string[] {
  return path.split('.');
}

function checkMajority(
  ctx: Ctx,
  age: number | undefined,
  stated: string | undefined,
  agePath: string,
  majorityPath: string,
): void {
  if (age === undefined || stated === undefined || majorityOf(age) === stated) return;
  ctx.addIssue(
    schemaIssues.custom('age_majority_mismatch', {
      path: split(majorityPath),
      args: { age: agePath, majority: majorityPath },
    }),
  );
}

function checkPlace(ctx: Ctx, place: Place | undefined, path: (string | number)[]): void {
  if (place?.subdivision === undefined || place.country === undefined) return;
  const country = subdivisionCountry(place.subdivision);
  if (country !== undefined && country !== place.country) {
    const where = path.join('.');
    ctx.addIssue(
      schemaIssues.custom('subdivision_country_mismatch', {
        path: [...path, 'subdivision'],
        args: { subdivision: `${where}.subdivision`, country: `${where}.country` },
      }),
    );
  }
}

/**
 * The cross-field rules of a trafficking case of either version, run by {@link TraffickingCase} and
 * {@link TraffickingCaseV1} after the field checks:
 * ages against adult or minor status and age bands, the order of dates, exploitation types against
 * sectors and sexual exploitation types, child labour against age, research consent against consent,
 * subdivisions against countries, and fields marked not collected that hold a value. Messages name fields,
 * never the values in them.
 */
export function checkCaseRules(record: TraffickingCaseAnyVersion, ctx: IssueSink): void {
  const age = ageAtRegistration(record);
  const agePath = record.person?.ageAtRegistration === undefined ? 'person.birthDate' : 'person.ageAtRegistration';
  checkMajority(ctx, age, record.person?.majority, agePath, 'person.majority');
  const band = record.person?.ageBand;
  if (age !== undefined && band !== undefined && ageBandOf(age) !== band) {
    ctx.addIssue(
      schemaIssues.custom('age_band_mismatch', {
        path: ['person', 'ageBand'],
        args: { age: agePath, band: 'person.ageBand' },
      }),
    );
  }
  const victim = record.victim;
  checkMajority(
    ctx,
    victim?.ageWhenTrafficked,
    victim?.majorityWhenTrafficked,
    'victim.ageWhenTrafficked',
    'victim.majorityWhenTrafficked',
  );
  checkMajority(
    ctx,
    victim?.ageAtExploitationStart,
    victim?.majorityAtExploitationStart,
    'victim.ageAtExploitationStart',
    'victim.majorityAtExploitationStart',
  );
  if (age !== undefined && victim?.ageWhenTrafficked !== undefined && victim.ageWhenTrafficked > age) {
    ctx.addIssue(
      schemaIssues.custom('age_when_trafficked_after_registration', { path: ['victim', 'ageWhenTrafficked'] }),
    );
  }

  for (const [[earlier, readEarlier], [later, readLater]] of DATE_ORDER) {
    const a = readEarlier(record);
    const b = readLater(record);
    if (typeof a === 'string' && typeof b === 'string' && comparePartialDates(a, b) > 0) {
      ctx.addIssue(schemaIssues.custom('date_order', { path: split(later), args: { earlier, later } }));
    }
  }

  const exploitation = record.exploitation;
  const types = exploitation?.types ?? {};
  const labourRecorded =
    (exploitation?.industries?.length ?? 0) > 0 ||
    Object.values(exploitation?.labourActivities ?? {}).some((answer) => answer === 'yes');
  const labourTypeYes = types.ForcedLabour === 'yes' || types.ForcedBegging === 'yes' || types.ChildLabour === 'yes';
  if (labourRecorded && types.ForcedLabour === 'no' && !labourTypeYes) {
    ctx.addIssue(
      schemaIssues.custom('industry_without_forced_labour', { path: ['exploitation', 'types', 'ForcedLabour'] }),
    );
  }
  const sexRecorded = Object.values(exploitation?.sexTypes ?? {}).some((answer) => answer === 'yes');
  if (sexRecorded && types.SexualExploitation === 'no') {
    ctx.addIssue(
      schemaIssues.custom('sex_type_without_sexual_exploitation', {
        path: ['exploitation', 'types', 'SexualExploitation'],
      }),
    );
  }
  const adultAtStart =
    victim?.ageAtExploitationStart === undefined
      ? victim?.majorityAtExploitationStart === 'Adult'
      : victim.ageAtExploitationStart >= 18;
  if (types.ChildLabour === 'yes' && adultAtStart) {
    ctx.addIssue(schemaIssues.custom('child_labour_adult', { path: ['exploitation', 'types', 'ChildLabour'] }));
  }

  if (record.consent?.dataForResearch === 'yes' && record.consent.interview === 'no') {
    ctx.addIssue(schemaIssues.custom('research_consent_without_consent', { path: ['consent', 'dataForResearch'] }));
  }

  checkPlace(ctx, record.movement?.origin, ['movement', 'origin']);
  record.movement?.transit?.forEach((place, index) => {
    checkPlace(ctx, place, ['movement', 'transit', index]);
  });
  checkPlace(ctx, record.movement?.destination, ['movement', 'destination']);

  record.notCollected?.forEach((field, index) => {
    const values = valuesAt(record, field).filter((value) => value !== 'notCollected');
    if (values.length > 0) {
      ctx.addIssue(schemaIssues.custom('not_collected_has_value', { path: ['notCollected', index], args: { field } }));
    }
  });
}
