import type { TraffickingCaseAnyVersion } from '../case-record.js';
import type { Answer, ControlMethodGroup } from '../codes.js';
import type { FlatRow } from '../csv.js';
import {
  ageBandAtRegistration,
  countryOfExploitation,
  majorityAtExploitationStart,
  majorityAtRegistration,
  majorityWhenTrafficked,
  registrationYear,
} from '../derive.js';
import { citizenshipOf } from './citizenship.js';
import {
  GROUP_MEMBERS,
  KANON_EXPLOIT,
  KANON_LABOUR,
  KANON_MEANS,
  KANON_SEX,
  labourColumnOf,
  merge,
  RECRUITER,
} from './mapping.js';

// One row of the k-anonymised Global Dataset (2020), before k-anonymity: block by block, as CTDC lays it out.

/** The k-anon 2020 missing marker. */
const MISSING = '-99';

const GENDER: Readonly<Record<string, string>> = {
  Feminine: 'Female',
  Masculine: 'Male',
  TransgenderFeminine: 'Transgender/NonConforming',
  TransgenderMasculine: 'Transgender/NonConforming',
  NonConforming: 'Transgender/NonConforming',
};

type Cell = '1' | '0' | 'missing';

const text = (value: Cell): string => (value === 'missing' ? MISSING : value);

/**
 * A CTDC block cell: 1 when an item is yes; 0 when every item is no, or when another cell of the block is
 * yes (CTDC's denominator convention) unless the item is covered by a yes group or never collected;
 * missing otherwise. An unknown answer never becomes 0 by itself.
 */
function blockCell(answers: ReadonlyArray<Answer | undefined>, blockHasYes: boolean, covered: boolean): Cell {
  const merged = merge(answers);
  if (merged === 'yes') return '1';
  if (merged === 'no') return '0';
  if (answers.length > 0 && answers.every((answer) => answer === 'notCollected')) return 'missing';
  return blockHasYes && !covered ? '0' : 'missing';
}

function demographics(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const year = registrationYear(record);
  row.yearOfRegistration = year === undefined ? MISSING : String(year);
  row.Datasource = record.dataSource === 'CaseManagement' ? 'Case Management' : (record.dataSource ?? MISSING);
  row.gender = GENDER[record.person?.gender ?? ''] ?? MISSING;
  row.ageBroad = ageBandAtRegistration(record) ?? MISSING;
  row.majorityStatus = majorityAtRegistration(record) ?? MISSING;
  row.majorityStatusAtExploit = majorityAtExploitationStart(record) ?? MISSING;
  row.majorityEntry = majorityWhenTrafficked(record) ?? MISSING;
  row.citizenship = citizenshipOf(record) ?? MISSING;
}

function meansOfControl(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const methods = record.control?.methods ?? {};
  const groups = record.control?.groups ?? {};
  const yesGroups = (Object.keys(groups) as ControlMethodGroup[]).filter((group) => groups[group] === 'yes');
  const coveredMethods = new Set(yesGroups.flatMap((group) => GROUP_MEMBERS[group]));
  const meansYes = Object.values(methods).includes('yes') || yesGroups.length > 0;
  const labels: string[] = [];
  for (const [name, items, label] of KANON_MEANS) {
    const value = blockCell(
      items.map((item) => methods[item]),
      meansYes,
      items.some((item) => coveredMethods.has(item)),
    );
    row[`meansOfControl${name}`] = text(value);
    if (value === '1') labels.push(label);
  }
  row.meansOfControlNotSpecified = meansYes ? '0' : '1';
  row.meansOfControlConcatenated = meansYes ? labels.join(';') || MISSING : 'Not specified';
}

/** The exploitation type block, with the derived both-kinds flag and the concatenation. */
function exploitationTypes(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const types = record.exploitation?.types ?? {};
  const otherGroup = record.exploitation?.otherTypeGroup === 'yes';
  const typesYes = Object.values(types).includes('yes') || otherGroup;
  const labels: string[] = [];
  for (const [name, items, label] of KANON_EXPLOIT) {
    let value = blockCell(
      items.map((item) => types[item]),
      typesYes,
      otherGroup && name !== 'isForcedLabour' && name !== 'isSexualExploit',
    );
    if (name === 'isOtherExploit' && otherGroup) value = '1';
    row[name] = text(value);
    if (value === '1') labels.push(label);
  }
  const labourOn = row.isForcedLabour === '1';
  const sexOn = row.isSexualExploit === '1';
  row.isSexAndLabour =
    labourOn && sexOn ? '1' : typesYes || row.isForcedLabour === '0' || row.isSexualExploit === '0' ? '0' : MISSING;
  if (labourOn && sexOn) labels.splice(2, 0, 'Combined sexual and labour exploitation');
  row.typeOfExploitConcatenated = labels.join(';') || MISSING;
}

/** The labour block, filled only when forced labour is 1 (read from the row's type block). */
function labourTypes(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const labourOn = row.isForcedLabour === '1';
  const labour = new Map<string, Answer>();
  for (const entry of record.exploitation?.industries ?? []) {
    labour.set(labourColumnOf(entry.section, entry.division), 'yes');
  }
  const activities = record.exploitation?.labourActivities ?? {};
  for (const activity of ['Peddling', 'IllicitActivities', 'Other'] as const) {
    const answer = activities[activity];
    if (answer !== undefined && labour.get(activity) !== 'yes') labour.set(activity, answer);
  }
  const begging = record.exploitation?.types?.ForcedBegging;
  if (begging !== undefined) labour.set('Begging', begging);
  const labourYes = [...labour.values()].includes('yes');
  const labels: string[] = [];
  for (const [name, label] of KANON_LABOUR) {
    const value = labourOn ? blockCell([labour.get(name)], labourYes, false) : 'missing';
    row[`typeOfLabour${name}`] = text(value);
    if (value === '1') labels.push(label);
  }
  row.typeOfLabourNotSpecified = labourOn ? (labourYes ? '0' : '1') : MISSING;
  row.typeOfLabourConcatenated = labourOn ? (labourYes ? labels.join(';') : 'Not specified') : MISSING;
}

/** The sexual exploitation block, filled only when sexual exploitation is 1. */
function sexTypes(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const sexOn = row.isSexualExploit === '1';
  const answers = record.exploitation?.sexTypes ?? {};
  const sexYes = Object.values(answers).includes('yes');
  const labels: string[] = [];
  for (const [name, label] of KANON_SEX) {
    const value = sexOn ? blockCell([answers[name as keyof typeof answers]], sexYes, false) : 'missing';
    row[`typeOfSex${name}`] = text(value);
    if (value === '1') labels.push(label);
  }
  row.typeOfSexConcatenated = labels.join(';') || MISSING;
}

function recruitment(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const abduction = record.recruitment?.abduction;
  row.isAbduction = abduction === 'yes' ? '1' : abduction === 'no' ? '0' : MISSING;
  const relations = record.recruitment?.recruiterRelations ?? {};
  const labels = RECRUITER.filter(([name]) => relations[name as keyof typeof relations] === 'yes').map(
    ([, label]) => label,
  );
  row.RecruiterRelationship = labels.join(';') || 'Unknown';
  row.CountryOfExploitation = countryOfExploitation(record) ?? MISSING;
  for (const [name] of RECRUITER) {
    row[`recruiterRelation${name}`] = relations[name as keyof typeof relations] === 'yes' ? '1' : '0';
  }
  row.recruiterRelationUnknown = labels.length === 0 ? '1' : '0';
}

/** A case as a k-anon 2020 row (before k-anonymity). */
export function kanonRow(record: TraffickingCaseAnyVersion): FlatRow {
  const row: FlatRow = {};
  demographics(record, row);
  meansOfControl(record, row);
  exploitationTypes(record, row);
  labourTypes(record, row);
  sexTypes(record, row);
  recruitment(record, row);
  return row;
}
