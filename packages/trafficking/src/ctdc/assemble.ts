import type { AgeBand, Answer, DurationBand } from '../codes.js';
import { squash } from '../htcds/fields.js';
import { type Loose, put } from '../reading/loose.js';
import { ctdcColumns } from './columns.js';
import { KANON_EXPLOIT, KANON_MEANS, KANON_SEX, LABOUR_INDUSTRY, RECRUITER, SYNTHETIC_MEANS } from './mapping.js';
import type { CtdcRowReader } from './row-reader.js';

// Builds a case from one CTDC row. Values are only read here, not checked as a whole: the reader checks
// the assembled record against the schema (reading/valid-case.ts).

const AGE_BANDS: Readonly<Record<string, AgeBand>> = {
  '08': '0--8',
  '917': '9--17',
  '0917': '9--17',
  '1820': '18--20',
  '2123': '21--23',
  '2426': '24--26',
  '2729': '27--29',
  '3038': '30--38',
  '3947': '39--47',
  '48': '48+',
};
const GENDERS: Readonly<Record<string, 'Feminine' | 'Masculine' | 'NonConforming'>> = {
  female: 'Feminine',
  woman: 'Feminine',
  male: 'Masculine',
  man: 'Masculine',
  transgendernonconforming: 'NonConforming',
  transtransgendernonconforming: 'NonConforming',
};

type Checklist = Record<string, Answer>;

/** The checklists a row fills, kept apart until the record is assembled. */
interface Checklists {
  readonly methods: Checklist;
  readonly groups: Checklist;
  readonly types: Checklist;
  readonly labourActivities: Checklist;
  readonly sexTypes: Checklist;
  readonly relations: Checklist;
}

function setAnswer(target: Checklist, key: string, answer: Answer | undefined): void {
  if (answer === undefined) return;
  if (answer === 'yes' || target[key] === undefined) target[key] = answer;
}

/** A value of a small vocabulary, matched ignoring case and punctuation; `unknown` reads as missing. */
function term<T>(reader: CtdcRowReader, column: string, vocabulary: Readonly<Record<string, T>>): T | undefined {
  const cell = reader.text(column);
  if (cell === undefined || squash(cell) === 'unknown') return undefined;
  return vocabulary[squash(cell)] ?? reader.invalid(column);
}

const MAJORITY = { adult: 'Adult', minor: 'Minor' } as const;

function registration(reader: CtdcRowReader, record: Loose): void {
  const year = reader.text('yearOfRegistration');
  if (year !== undefined) {
    if (/^(19|20)\d{2}(\.0+)?$/.test(year)) record.registrationDate = year.slice(0, 4);
    else reader.invalid('yearOfRegistration');
  }
  put(record, 'dataSource', term(reader, 'Datasource', { casemanagement: 'CaseManagement', hotline: 'Hotline' }));
}

function readPerson(reader: CtdcRowReader): Loose {
  const person: Loose = {};
  put(person, 'gender', term(reader, 'gender', GENDERS));
  const band = reader.text('ageBroad');
  if (band !== undefined) {
    const value = AGE_BANDS[squash(band)];
    if (value === undefined) reader.invalid('ageBroad');
    else person.ageBand = value;
  }
  put(person, 'majority', term(reader, 'majorityStatus', MAJORITY));
  const citizenship = reader.country('citizenship');
  put(person, 'citizenship', citizenship === undefined ? undefined : [citizenship]);
  return person;
}

function readVictim(reader: CtdcRowReader): Loose {
  const victim: Loose = {};
  put(victim, 'majorityAtExploitationStart', term(reader, 'majorityStatusAtExploit', MAJORITY));
  put(victim, 'majorityWhenTrafficked', term(reader, 'majorityEntry', MAJORITY));
  return victim;
}

function kanonChecklists(reader: CtdcRowReader, lists: Checklists, recruitment: Loose): void {
  for (const [name, items] of KANON_MEANS) {
    const answer = reader.flag(`meansOfControl${name}`);
    // CTDC "Threats" merges physical threats and threats to family: a 1 is kept as physical threats.
    if (answer === 'yes') setAnswer(lists.methods, items[0] ?? name, 'yes');
    else for (const item of items) setAnswer(lists.methods, item, answer);
  }
  for (const [column, items] of KANON_EXPLOIT) {
    const answer = reader.flag(column);
    if (answer === 'yes') setAnswer(lists.types, items[0] ?? column, 'yes');
    else for (const item of items) setAnswer(lists.types, item, answer);
  }
  if (reader.flag('typeOfLabourBegging') === 'yes') lists.types.ForcedBegging = 'yes';
  for (const name of ['Peddling', 'IllicitActivities', 'Other']) {
    setAnswer(lists.labourActivities, name, reader.flag(`typeOfLabour${name}`));
  }
  for (const [name] of KANON_SEX) setAnswer(lists.sexTypes, name, reader.flag(`typeOfSex${name}`));
  put(recruitment, 'abduction', reader.flag('isAbduction'));
  if (reader.flag('recruiterRelationUnknown') !== 'yes') {
    for (const [name] of RECRUITER) setAnswer(lists.relations, name, reader.flag(`recruiterRelation${name}`));
  }
}

function durationBand(reader: CtdcRowReader): DurationBand | undefined {
  const months = reader.text('traffickMonths');
  if (months === undefined) return undefined;
  const key = squash(months);
  if (key.startsWith('012')) return '0--12';
  if (key.startsWith('1324')) return '13--24';
  if (key.startsWith('25')) return '25+';
  return reader.invalid('traffickMonths');
}

/** The parts of a case the 2024 layout fills besides its checklists. */
interface SyntheticParts {
  readonly record: Loose;
  readonly exploitation: Loose;
  readonly recruitment: Loose;
}

function syntheticChecklists(reader: CtdcRowReader, lists: Checklists, parts: SyntheticParts): void {
  for (const [column, target] of SYNTHETIC_MEANS) {
    const answer = reader.flag(column);
    if ('group' in target) setAnswer(lists.groups, target.group, answer);
    else setAnswer(lists.methods, target.method, answer);
  }
  setAnswer(lists.types, 'ForcedLabour', reader.flag('isForcedLabour'));
  setAnswer(lists.types, 'SexualExploitation', reader.flag('isSexualExploit'));
  const { record, exploitation, recruitment } = parts;
  put(exploitation, 'otherTypeGroup', reader.flag('isOtherExploit'));
  for (const name of ['Prostitution', 'Pornography']) setAnswer(lists.sexTypes, name, reader.flag(`typeOfSex${name}`));
  for (const [name] of RECRUITER) setAnswer(lists.relations, name, reader.flag(`recruiterRelation${name}`));
  put(exploitation, 'durationBand', durationBand(reader));
  // What the 2024 layout never collects is marked so, distinct from unknown.
  lists.methods.Other = 'notCollected';
  for (const name of ['Peddling', 'IllicitActivities', 'Other']) lists.labourActivities[name] = 'notCollected';
  for (const name of ['RemoteInteractiveServices', 'PrivateSexualServices']) lists.sexTypes[name] = 'notCollected';
  recruitment.abduction = 'notCollected';
  record.notCollected = [
    'dataSource',
    'person.majority',
    'victim.majorityWhenTrafficked',
    'victim.majorityAtExploitationStart',
  ];
}

/** The case one CTDC row holds, as read, before the schema checks it. */
export function assembleCtdcCase(reader: CtdcRowReader): Loose {
  const record: Loose = {};
  const exploitation: Loose = {};
  const recruitment: Loose = {};
  const lists: Checklists = { methods: {}, groups: {}, types: {}, labourActivities: {}, sexTypes: {}, relations: {} };
  registration(reader, record);
  const person = readPerson(reader);
  const victim = readVictim(reader);
  const exploitedIn = reader.country('CountryOfExploitation');
  put(exploitation, 'countries', exploitedIn === undefined ? undefined : [exploitedIn]);
  if (reader.format === 'kanon-2020') kanonChecklists(reader, lists, recruitment);
  else syntheticChecklists(reader, lists, { record, exploitation, recruitment });
  const industries: Array<{ section: string; division?: string }> = [];
  for (const [name, industry] of Object.entries(LABOUR_INDUSTRY)) {
    if (!ctdcColumns(reader.format).some((column) => column.name === `typeOfLabour${name}`)) continue;
    if (reader.flag(`typeOfLabour${name}`) === 'yes') industries.push({ ...industry });
  }
  put(exploitation, 'types', lists.types);
  put(exploitation, 'industries', industries);
  put(exploitation, 'labourActivities', lists.labourActivities);
  put(exploitation, 'sexTypes', lists.sexTypes);
  put(recruitment, 'recruiterRelations', lists.relations);
  const control: Loose = {};
  put(control, 'methods', lists.methods);
  put(control, 'groups', lists.groups);
  put(record, 'person', person);
  put(record, 'victim', victim);
  put(record, 'exploitation', exploitation);
  put(record, 'recruitment', recruitment);
  put(record, 'control', control);
  return record;
}
