import { isCountryCode, subdivisionCountry } from '@iom/core';
import {
  AGE_BANDS,
  ANSWERS,
  CASE_STATUSES,
  CONTROL_METHOD_GROUPS,
  CONTROL_METHODS,
  DATA_SOURCES,
  DECISION_MAKING_ORGS,
  DURATION_BANDS,
  EDUCATION_LEVELS,
  EXPLOITATION_TYPES,
  GENDERS,
  INDUSTRIES,
  LABOUR_ACTIVITIES,
  MAJORITIES,
  MARITAL_STATUSES,
  PERPETRATOR_ROLES,
  PLATFORMS,
  RECRUITER_RELATIONS,
  RECRUITMENT_METHODS,
  REFERRAL_DIRECTIONS,
  REFERRAL_REASONS,
  RELATIONSHIPS_TO_TRAFFICKER,
  SEX_EXPLOITATION_TYPES,
  SUPPORT_PLAN_TYPES,
  TRAFFICKING_STATUSES,
  valuesAt,
} from '@iom/trafficking';
import { isInt, isObject, isPartialDate, isText, type Problem } from './util.js';

// The rules of iom.trafficking-case@1 written by hand: field checks, then the cross-field rules of
// checkCaseRules. The code lists come from the package (data, not logic).

type P = (string | number)[];
const set = (values: readonly string[]): ReadonlySet<string> => new Set(values);
const S = {
  answer: set(ANSWERS),
  ageBand: set(AGE_BANDS),
  caseStatus: set(CASE_STATUSES),
  controlGroup: set(CONTROL_METHOD_GROUPS),
  control: set(CONTROL_METHODS),
  dataSource: set(DATA_SOURCES),
  decisionOrg: set(DECISION_MAKING_ORGS),
  durationBand: set(DURATION_BANDS),
  education: set(EDUCATION_LEVELS),
  exploitation: set(EXPLOITATION_TYPES),
  gender: set(GENDERS),
  industry: set(INDUSTRIES),
  labour: set(LABOUR_ACTIVITIES),
  majority: set(MAJORITIES),
  marital: set(MARITAL_STATUSES),
  role: set(PERPETRATOR_ROLES),
  platform: set(PLATFORMS),
  recruiter: set(RECRUITER_RELATIONS),
  recruitment: set(RECRUITMENT_METHODS),
  direction: set(REFERRAL_DIRECTIONS),
  reason: set(REFERRAL_REASONS),
  relationship: set(RELATIONSHIPS_TO_TRAFFICKER),
  sex: set(SEX_EXPLOITATION_TYPES),
  plan: set(SUPPORT_PLAN_TYPES),
  status: set(TRAFFICKING_STATUSES),
};
const LANGUAGE = /^[a-z]{2,3}$/;
const DIVISION = /^\d{2}$/;
const FIELD = /^[a-zA-Z.[\]]{1,80}$/;
const KIND = 'iom.trafficking-case@1';

class Checker {
  readonly problems: Problem[] = [];
  add(path: P, code: string): void {
    this.problems.push({ path, code });
  }
  text(o: Record<string, unknown>, key: string, path: P): void {
    const v = o[key];
    if (v !== undefined && !isText(v)) this.add([...path, key], 'invalid_text');
  }
  oneOf(o: Record<string, unknown>, key: string, values: ReadonlySet<string>, path: P): void {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'string' || !values.has(v))) this.add([...path, key], 'invalid_value');
  }
  country(o: Record<string, unknown>, key: string, path: P): void {
    const v = o[key];
    if (v !== undefined && !isCountryCode(v)) this.add([...path, key], 'country_code');
  }
  countries(o: Record<string, unknown>, key: string, path: P): void {
    const v = o[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.add([...path, key], 'invalid_type');
      return;
    }
    for (let i = 0; i < v.length; i++) if (!isCountryCode(v[i])) this.add([...path, key, i], 'country_code');
  }
  date(o: Record<string, unknown>, key: string, path: P): void {
    const v = o[key];
    if (v !== undefined && !isPartialDate(v)) this.add([...path, key], 'date_invalid');
  }
  age(o: Record<string, unknown>, key: string, path: P): void {
    const v = o[key];
    if (v !== undefined && !isInt(v, 0, 130)) this.add([...path, key], 'invalid_number');
  }
  list(o: Record<string, unknown>, key: string, values: ReadonlySet<string>, path: P): void {
    const v = o[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.add([...path, key], 'invalid_type');
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (typeof item !== 'string' || !values.has(item)) this.add([...path, key, i], 'invalid_value');
    }
  }
  checklist(o: Record<string, unknown>, key: string, codes: ReadonlySet<string>, path: P): void {
    const v = o[key];
    if (v === undefined) return;
    if (!isObject(v)) {
      this.add([...path, key], 'invalid_type');
      return;
    }
    for (const item in v) {
      if (!codes.has(item)) this.add([...path, key, item], 'invalid_key');
      const answer = v[item];
      if (typeof answer !== 'string' || !S.answer.has(answer)) this.add([...path, key, item], 'invalid_value');
    }
  }
  object(o: Record<string, unknown>, key: string, path: P, check: (v: Record<string, unknown>, p: P) => void): void {
    const v = o[key];
    if (v === undefined) return;
    if (!isObject(v)) {
      this.add([...path, key], 'invalid_type');
      return;
    }
    check(v, [...path, key]);
  }
  array(o: Record<string, unknown>, key: string, path: P, check: (v: Record<string, unknown>, p: P) => void): void {
    const v = o[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.add([...path, key], 'invalid_type');
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (isObject(item)) check(item, [...path, key, i]);
      else this.add([...path, key, i], 'invalid_type');
    }
  }
}

function place(c: Checker, o: Record<string, unknown>, p: P): void {
  c.country(o, 'country', p);
  const sub = o.subdivision;
  if (sub !== undefined && (typeof sub !== 'string' || subdivisionCountry(sub) === undefined))
    c.add([...p, 'subdivision'], 'subdivision_code');
  c.text(o, 'city', p);
  c.date(o, 'date', p);
}

function fields(c: Checker, r: Record<string, unknown>): void {
  if (r.$kind !== undefined && r.$kind !== KIND) c.add(['$kind'], 'invalid_value');
  c.text(r, 'id', []);
  c.oneOf(r, 'dataSource', S.dataSource, []);
  c.date(r, 'registrationDate', []);
  c.country(r, 'identificationCountry', []);
  c.oneOf(r, 'status', S.caseStatus, []);
  c.text(r, 'closureReason', []);
  c.text(r, 'owner', []);
  c.object(r, 'person', [], (o, p) => {
    for (const key of [
      'id',
      'salutation',
      'firstName',
      'middleName',
      'secondName',
      'identityNumber',
      'title',
      'email',
      'homePhone',
      'mobilePhone',
    ])
      c.text(o, key, p);
    c.date(o, 'birthDate', p);
    c.age(o, 'ageAtRegistration', p);
    c.oneOf(o, 'ageBand', S.ageBand, p);
    c.oneOf(o, 'majority', S.majority, p);
    c.oneOf(o, 'gender', S.gender, p);
    c.countries(o, 'citizenship', p);
    c.oneOf(o, 'maritalStatus', S.marital, p);
    const children = o.numberOfChildren;
    if (children !== undefined && !isInt(children, 0, Number.MAX_SAFE_INTEGER))
      c.add([...p, 'numberOfChildren'], 'invalid_number');
    for (const key of ['primaryLanguage', 'secondaryLanguage']) {
      const v = o[key];
      if (v !== undefined && (typeof v !== 'string' || !LANGUAGE.test(v))) c.add([...p, key], 'invalid_format');
    }
    c.oneOf(o, 'highestLevelOfEducation', S.education, p);
    c.object(o, 'mailingAddress', p, (a, ap) => {
      for (const key of ['street', 'city', 'state', 'postalCode']) c.text(a, key, ap);
      c.country(a, 'country', ap);
    });
    if (o.deceased !== undefined && typeof o.deceased !== 'boolean') c.add([...p, 'deceased'], 'invalid_type');
  });
  c.object(r, 'victim', [], (o, p) => {
    c.oneOf(o, 'traffickingStatus', S.status, p);
    c.oneOf(o, 'traffickingStatusDecisionMakingOrg', S.decisionOrg, p);
    c.age(o, 'ageWhenTrafficked', p);
    c.oneOf(o, 'majorityWhenTrafficked', S.majority, p);
    c.age(o, 'ageAtExploitationStart', p);
    c.oneOf(o, 'majorityAtExploitationStart', S.majority, p);
  });
  c.object(r, 'exploitation', [], (o, p) => {
    c.checklist(o, 'types', S.exploitation, p);
    c.oneOf(o, 'otherTypeGroup', S.answer, p);
    c.array(o, 'industries', p, (e, ep) => {
      if (typeof e.section !== 'string' || !S.industry.has(e.section)) c.add([...ep, 'section'], 'invalid_value');
      if (e.division !== undefined && (typeof e.division !== 'string' || !DIVISION.test(e.division)))
        c.add([...ep, 'division'], 'invalid_format');
    });
    c.checklist(o, 'labourActivities', S.labour, p);
    c.checklist(o, 'sexTypes', S.sex, p);
    c.list(o, 'websitesAndApps', S.platform, p);
    c.countries(o, 'countries', p);
    c.text(o, 'locationOrganisation', p);
    c.date(o, 'startDate', p);
    c.date(o, 'endDate', p);
    const months = o.durationMonths;
    if (months !== undefined && (typeof months !== 'number' || !(months >= 0) || !Number.isFinite(months)))
      c.add([...p, 'durationMonths'], 'invalid_number');
    c.oneOf(o, 'durationBand', S.durationBand, p);
  });
  c.object(r, 'recruitment', [], (o, p) => {
    c.checklist(o, 'methods', S.recruitment, p);
    c.list(o, 'websitesAndApps', S.platform, p);
    c.text(o, 'locationOrganisation', p);
    c.oneOf(o, 'relationshipToTrafficker', S.relationship, p);
    c.checklist(o, 'recruiterRelations', S.recruiter, p);
    c.oneOf(o, 'abduction', S.answer, p);
    c.date(o, 'date', p);
  });
  c.object(r, 'control', [], (o, p) => {
    c.checklist(o, 'methods', S.control, p);
    c.checklist(o, 'groups', S.controlGroup, p);
  });
  c.object(r, 'movement', [], (o, p) => {
    c.object(o, 'origin', p, (v, vp) => place(c, v, vp));
    c.array(o, 'transit', p, (v, vp) => place(c, v, vp));
    c.object(o, 'destination', p, (v, vp) => place(c, v, vp));
  });
  c.object(r, 'assistance', [], (o, p) => {
    c.array(o, 'supportPlans', p, (v, vp) => {
      if (typeof v.type !== 'string' || !S.plan.has(v.type)) c.add([...vp, 'type'], 'invalid_value');
      c.text(v, 'objectives', vp);
      c.text(v, 'actionPlan', vp);
      c.date(v, 'plannedEndDate', vp);
      c.date(v, 'actualEndDate', vp);
    });
    c.array(o, 'referrals', p, (v, vp) => {
      if (typeof v.direction !== 'string' || !S.direction.has(v.direction))
        c.add([...vp, 'direction'], 'invalid_value');
      c.text(v, 'organisation', vp);
      c.date(v, 'date', vp);
      c.text(v, 'primaryCaseWorker', vp);
      c.oneOf(v, 'reason', S.reason, vp);
      c.text(v, 'details', vp);
    });
  });
  c.array(r, 'perpetrators', [], (o, p) => {
    c.text(o, 'id', p);
    c.text(o, 'name', p);
    c.oneOf(o, 'gender', S.gender, p);
    c.age(o, 'age', p);
    c.countries(o, 'citizenship', p);
    c.list(o, 'roles', S.role, p);
    c.text(o, 'roleDetails', p);
    c.text(o, 'organisation', p);
  });
  c.object(r, 'consent', [], (o, p) => {
    for (const key of ['interview', 'purposeOfInterview', 'useOfData', 'dataForResearch', 'rightToBeForgotten'])
      c.oneOf(o, key, S.answer, p);
    c.date(o, 'date', p);
  });
  const nc = r.notCollected;
  if (nc !== undefined) {
    if (!Array.isArray(nc)) c.add(['notCollected'], 'invalid_type');
    else
      for (let i = 0; i < nc.length; i++)
        if (typeof nc[i] !== 'string' || !FIELD.test(nc[i])) c.add(['notCollected', i], 'invalid_format');
  }
}

const majorityOf = (age: number): string => (age >= 18 ? 'Adult' : 'Minor');
const BAND_LIMITS = [8, 17, 20, 23, 26, 29, 38, 47];
const bandOf = (age: number): string => AGE_BANDS[BAND_LIMITS.findIndex((limit) => age <= limit) >>> 0] ?? '48+';

function fullYears(from: string, to: string): number | undefined {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (from.length === 10 && to.length === 10) return from.slice(5) <= to.slice(5) ? years : years - 1;
  if (from.length >= 7 && to.length >= 7 && from.slice(5, 7) !== to.slice(5, 7))
    return from.slice(5, 7) < to.slice(5, 7) ? years : years - 1;
  return undefined;
}

function cmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

// biome-ignore lint/suspicious/noExplicitAny: the rules run on a record whose fields are already checked.
type Any = Record<string, any>;

function rules(c: Checker, r: Any): void {
  const person: Any | undefined = r.person;
  let age: number | undefined = person?.ageAtRegistration;
  if (age === undefined && person?.birthDate !== undefined && r.registrationDate !== undefined) {
    const years = fullYears(person.birthDate, r.registrationDate);
    age = years !== undefined && years >= 0 ? years : undefined;
  }
  if (age !== undefined && person?.majority !== undefined && majorityOf(age) !== person.majority)
    c.add(['person', 'majority'], 'age_majority_mismatch');
  if (age !== undefined && person?.ageBand !== undefined && bandOf(age) !== person.ageBand)
    c.add(['person', 'ageBand'], 'age_band_mismatch');
  const victim: Any | undefined = r.victim;
  if (
    victim?.ageWhenTrafficked !== undefined &&
    victim.majorityWhenTrafficked !== undefined &&
    majorityOf(victim.ageWhenTrafficked) !== victim.majorityWhenTrafficked
  )
    c.add(['victim', 'majorityWhenTrafficked'], 'age_majority_mismatch');
  if (
    victim?.ageAtExploitationStart !== undefined &&
    victim.majorityAtExploitationStart !== undefined &&
    majorityOf(victim.ageAtExploitationStart) !== victim.majorityAtExploitationStart
  )
    c.add(['victim', 'majorityAtExploitationStart'], 'age_majority_mismatch');
  if (age !== undefined && victim?.ageWhenTrafficked !== undefined && victim.ageWhenTrafficked > age)
    c.add(['victim', 'ageWhenTrafficked'], 'age_when_trafficked_after_registration');
  const birth = person?.birthDate;
  const reg = r.registrationDate;
  const rec = r.recruitment?.date;
  const start = r.exploitation?.startDate;
  const end = r.exploitation?.endDate;
  const order: [unknown, unknown, P][] = [
    [birth, reg, ['registrationDate']],
    [birth, rec, ['recruitment', 'date']],
    [birth, start, ['exploitation', 'startDate']],
    [rec, start, ['exploitation', 'startDate']],
    [rec, reg, ['registrationDate']],
    [start, end, ['exploitation', 'endDate']],
    [start, reg, ['registrationDate']],
  ];
  for (const [a, b, path] of order)
    if (typeof a === 'string' && typeof b === 'string' && cmp(a, b) > 0) c.add(path, 'date_order');
  const ex: Any | undefined = r.exploitation;
  const types: Any = ex?.types ?? {};
  const labour =
    (ex?.industries?.length ?? 0) > 0 || Object.values(ex?.labourActivities ?? {}).some((a) => a === 'yes');
  const labourYes = types.ForcedLabour === 'yes' || types.ForcedBegging === 'yes' || types.ChildLabour === 'yes';
  if (labour && types.ForcedLabour === 'no' && !labourYes)
    c.add(['exploitation', 'types', 'ForcedLabour'], 'industry_without_forced_labour');
  if (Object.values(ex?.sexTypes ?? {}).some((a) => a === 'yes') && types.SexualExploitation === 'no')
    c.add(['exploitation', 'types', 'SexualExploitation'], 'sex_type_without_sexual_exploitation');
  const adult =
    victim?.ageAtExploitationStart === undefined
      ? victim?.majorityAtExploitationStart === 'Adult'
      : victim.ageAtExploitationStart >= 18;
  if (types.ChildLabour === 'yes' && adult) c.add(['exploitation', 'types', 'ChildLabour'], 'child_labour_adult');
  if (r.consent?.dataForResearch === 'yes' && r.consent.interview === 'no')
    c.add(['consent', 'dataForResearch'], 'research_consent_without_consent');
  const checkPlace = (pl: Any | undefined, path: P): void => {
    if (pl?.subdivision === undefined || pl.country === undefined) return;
    const country = subdivisionCountry(pl.subdivision);
    if (country !== undefined && country !== pl.country)
      c.add([...path, 'subdivision'], 'subdivision_country_mismatch');
  };
  checkPlace(r.movement?.origin, ['movement', 'origin']);
  r.movement?.transit?.forEach((pl: Any, i: number) => {
    checkPlace(pl, ['movement', 'transit', i]);
  });
  checkPlace(r.movement?.destination, ['movement', 'destination']);
  r.notCollected?.forEach((field: string, i: number) => {
    if (valuesAt(r as never, field).some((v) => v !== 'notCollected'))
      c.add(['notCollected', i], 'not_collected_has_value');
  });
}

/** Validates a trafficking case record by hand; every problem, empty when valid. */
export function checkTraffickingCase(input: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(input)) {
    c.add([], 'invalid_type');
    return c.problems;
  }
  fields(c, input);
  // Like zod, the cross-field rules run only when every field is well-formed.
  if (c.problems.length === 0) rules(c, input);
  return c.problems;
}
