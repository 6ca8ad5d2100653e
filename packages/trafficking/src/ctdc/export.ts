import { countryAlpha3, type Issue, type Locale, type Reading, subdivisionCountry } from '@iom/core';
import type { TraffickingCase } from '../case.js';
import type { Answer, ControlMethodGroup } from '../codes.js';
import type { FlatRow } from '../csv.js';
import { writeCsv } from '../csv.js';
import {
  ageBandAtRegistration,
  countryOfExploitation,
  durationBand,
  majorityAtExploitationStart,
  majorityAtRegistration,
  majorityWhenTrafficked,
  registrationYear,
} from '../derive.js';
import { traffickingIssues } from '../issues.js';
import { type CtdcFormat, ctdcColumns, ctdcMissing } from './columns.js';
import { type KAnonymityReport, kAnonymise } from './kanon.js';
import {
  GROUP_MEMBERS,
  KANON_EXPLOIT,
  KANON_LABOUR,
  KANON_MEANS,
  KANON_SEX,
  labourColumnOf,
  merge,
  RECRUITER,
  SYNTHETIC_MEANS,
  SYNTHETIC_OTHER,
} from './mapping.js';

/** Options of {@link toCtdc}. */
export interface ToCtdcOptions {
  /** The CTDC layout. */
  readonly format: CtdcFormat;
  /** The k of k-anonymity over the quasi-identifier columns; 11 by default, as CTDC. At least 2. */
  readonly k?: number;
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

/** What {@link toCtdc} did: records refused and suppressed (by input index, never by id) and cells generalised. */
export interface CtdcExportReport extends KAnonymityReport {
  /** The layout written. */
  readonly format: CtdcFormat;
  /** Records refused because they have no consent to research use. */
  readonly refused: ReadonlyArray<{ readonly index: number; readonly reason: 'no_research_consent' }>;
  /** How many rows were written. */
  readonly exported: number;
  /**
   * The generalisations every export applies before k-anonymity, with the number of exported records
   * each one changed: `person.birthDate → ageBroad`, `registrationDate → year`,
   * `movement.origin.subdivision → country`, `person.citizenship → first`, `exploitation.durationMonths → band`.
   */
  readonly generalisedFields: ReadonlyArray<{ readonly field: string; readonly to: string; readonly records: number }>;
}

/** The result of {@link toCtdc}: rows, the report, and the issues (one per refused or suppressed record). */
export interface CtdcExport extends Reading<FlatRow[]> {
  /** What was refused, generalised and suppressed, and why. */
  readonly report: CtdcExportReport;
}

const KANON_GENDER: Readonly<Record<string, string>> = {
  Feminine: 'Female',
  Masculine: 'Male',
  TransgenderFeminine: 'Transgender/NonConforming',
  TransgenderMasculine: 'Transgender/NonConforming',
  NonConforming: 'Transgender/NonConforming',
};
const SYNTHETIC_GENDER: Readonly<Record<string, string>> = {
  Feminine: 'Woman',
  Masculine: 'Man',
  TransgenderFeminine: 'Trans/Transgender/NonConforming',
  TransgenderMasculine: 'Trans/Transgender/NonConforming',
  NonConforming: 'Trans/Transgender/NonConforming',
};

function citizenshipOf(record: TraffickingCase): string | undefined {
  const origin = record.movement?.origin;
  const fromSubdivision = origin?.subdivision === undefined ? undefined : subdivisionCountry(origin.subdivision);
  return record.person?.citizenship?.[0] ?? origin?.country ?? fromSubdivision;
}

type Cell = '1' | '0' | 'missing';

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

function kanonRow(record: TraffickingCase): FlatRow {
  const M = '-99';
  const cell = (value: Cell): string => (value === 'missing' ? M : value);
  const row: FlatRow = {};
  const year = registrationYear(record);
  row.yearOfRegistration = year === undefined ? M : String(year);
  row.Datasource = record.dataSource === 'CaseManagement' ? 'Case Management' : (record.dataSource ?? M);
  row.gender = KANON_GENDER[record.person?.gender ?? ''] ?? M;
  row.ageBroad = ageBandAtRegistration(record) ?? M;
  row.majorityStatus = majorityAtRegistration(record) ?? M;
  row.majorityStatusAtExploit = majorityAtExploitationStart(record) ?? M;
  row.majorityEntry = majorityWhenTrafficked(record) ?? M;
  row.citizenship = citizenshipOf(record) ?? M;

  const methods = record.control?.methods ?? {};
  const groups = record.control?.groups ?? {};
  const yesGroups = (Object.keys(groups) as ControlMethodGroup[]).filter((group) => groups[group] === 'yes');
  const coveredMethods = new Set(yesGroups.flatMap((group) => GROUP_MEMBERS[group]));
  const meansYes = Object.values(methods).includes('yes') || yesGroups.length > 0;
  const meansLabels: string[] = [];
  for (const [name, items, text] of KANON_MEANS) {
    const value = blockCell(
      items.map((item) => methods[item]),
      meansYes,
      items.some((item) => coveredMethods.has(item)),
    );
    row[`meansOfControl${name}`] = cell(value);
    if (value === '1') meansLabels.push(text);
  }
  row.meansOfControlNotSpecified = meansYes ? '0' : '1';
  row.meansOfControlConcatenated = meansYes ? meansLabels.join(';') || M : 'Not specified';

  const types = record.exploitation?.types ?? {};
  const otherGroup = record.exploitation?.otherTypeGroup === 'yes';
  const typesYes = Object.values(types).includes('yes') || otherGroup;
  const exploitLabels: string[] = [];
  for (const [name, items, text] of KANON_EXPLOIT) {
    let value = blockCell(
      items.map((item) => types[item]),
      typesYes,
      otherGroup && name !== 'isForcedLabour' && name !== 'isSexualExploit',
    );
    if (name === 'isOtherExploit' && otherGroup) value = '1';
    row[name] = cell(value);
    if (value === '1') exploitLabels.push(text);
  }
  const labourOn = row.isForcedLabour === '1';
  const sexOn = row.isSexualExploit === '1';
  row.isSexAndLabour =
    labourOn && sexOn ? '1' : typesYes || row.isForcedLabour === '0' || row.isSexualExploit === '0' ? '0' : M;
  if (labourOn && sexOn) exploitLabels.splice(2, 0, 'Combined sexual and labour exploitation');
  row.typeOfExploitConcatenated = exploitLabels.join(';') || M;

  const labour = new Map<string, Answer>();
  for (const entry of record.exploitation?.industries ?? [])
    labour.set(labourColumnOf(entry.section, entry.division), 'yes');
  const activities = record.exploitation?.labourActivities ?? {};
  for (const activity of ['Peddling', 'IllicitActivities', 'Other'] as const) {
    const answer = activities[activity];
    if (answer !== undefined && labour.get(activity) !== 'yes') labour.set(activity, answer);
  }
  if (types.ForcedBegging !== undefined) labour.set('Begging', types.ForcedBegging);
  const labourYes = [...labour.values()].includes('yes');
  const labourLabels: string[] = [];
  for (const [name, text] of KANON_LABOUR) {
    const value = labourOn ? blockCell([labour.get(name)], labourYes, false) : 'missing';
    row[`typeOfLabour${name}`] = cell(value);
    if (value === '1') labourLabels.push(text);
  }
  row.typeOfLabourNotSpecified = labourOn ? (labourYes ? '0' : '1') : M;
  row.typeOfLabourConcatenated = labourOn ? (labourYes ? labourLabels.join(';') : 'Not specified') : M;

  const sexTypes = record.exploitation?.sexTypes ?? {};
  const sexYes = Object.values(sexTypes).includes('yes');
  const sexLabels: string[] = [];
  for (const [name, text] of KANON_SEX) {
    const value = sexOn ? blockCell([sexTypes[name as keyof typeof sexTypes]], sexYes, false) : 'missing';
    row[`typeOfSex${name}`] = cell(value);
    if (value === '1') sexLabels.push(text);
  }
  row.typeOfSexConcatenated = sexLabels.join(';') || M;

  const abduction = record.recruitment?.abduction;
  row.isAbduction = abduction === 'yes' ? '1' : abduction === 'no' ? '0' : M;
  const relations = record.recruitment?.recruiterRelations ?? {};
  const relationLabels = RECRUITER.filter(([name]) => relations[name as keyof typeof relations] === 'yes').map(
    ([, text]) => text,
  );
  row.RecruiterRelationship = relationLabels.join(';') || 'Unknown';
  row.CountryOfExploitation = countryOfExploitation(record) ?? M;
  for (const [name] of RECRUITER)
    row[`recruiterRelation${name}`] = relations[name as keyof typeof relations] === 'yes' ? '1' : '0';
  row.recruiterRelationUnknown = relationLabels.length === 0 ? '1' : '0';
  return row;
}

function syntheticRow(record: TraffickingCase): FlatRow {
  const one = (answers: ReadonlyArray<Answer | undefined>, group = false): string =>
    group || merge(answers) === 'yes' ? '1' : '';
  const row: FlatRow = {};
  const year = registrationYear(record);
  row.yearOfRegistration = year === undefined ? '' : String(year);
  row.gender = SYNTHETIC_GENDER[record.person?.gender ?? ''] ?? '';
  const band = ageBandAtRegistration(record);
  row.ageBroad = band === '9--17' ? '09--17' : (band ?? '');
  const citizenship = citizenshipOf(record);
  row.citizenship = citizenship === undefined ? '' : (countryAlpha3(citizenship) ?? '');
  const exploitedIn = countryOfExploitation(record);
  row.CountryOfExploitation = exploitedIn === undefined ? '' : (countryAlpha3(exploitedIn) ?? '');
  const duration = durationBand(record);
  row.traffickMonths =
    duration === '0--12'
      ? '0--12 (0-1 yr)'
      : duration === '13--24'
        ? '13--24 (1-2 yrs)'
        : duration === '25+'
          ? '25+ (2+ yrs)'
          : '';
  const methods = record.control?.methods ?? {};
  const groups = record.control?.groups ?? {};
  for (const [name, target] of SYNTHETIC_MEANS) {
    row[name] =
      'group' in target
        ? one(
            GROUP_MEMBERS[target.group].map((item) => methods[item]),
            groups[target.group] === 'yes',
          )
        : one([methods[target.method]]);
  }
  const types = record.exploitation?.types ?? {};
  row.isForcedLabour = one([types.ForcedLabour, types.ForcedBegging]);
  row.isSexualExploit = one([types.SexualExploitation]);
  row.isOtherExploit = one(
    SYNTHETIC_OTHER.map((item) => types[item]),
    record.exploitation?.otherTypeGroup === 'yes',
  );
  const columns = new Set(
    (record.exploitation?.industries ?? []).map((entry) => labourColumnOf(entry.section, entry.division)),
  );
  for (const name of ['Agriculture', 'Construction', 'DomesticWork', 'Hospitality']) {
    row[`typeOfLabour${name}`] = row.isForcedLabour === '1' && columns.has(name) ? '1' : '';
  }
  const sexTypes = record.exploitation?.sexTypes ?? {};
  row.typeOfSexProstitution = row.isSexualExploit === '1' ? one([sexTypes.Prostitution]) : '';
  row.typeOfSexPornography = row.isSexualExploit === '1' ? one([sexTypes.Pornography]) : '';
  const relations = record.recruitment?.recruiterRelations ?? {};
  for (const [name] of RECRUITER) row[`recruiterRelation${name}`] = one([relations[name as keyof typeof relations]]);
  return row;
}

const GENERALISATIONS: ReadonlyArray<
  readonly [string, string, (record: TraffickingCase) => boolean, readonly CtdcFormat[]]
> = [
  ['person.birthDate', 'ageBroad', (r) => r.person?.birthDate !== undefined, ['kanon-2020', 'synthetic-2024']],
  [
    'person.ageAtRegistration',
    'ageBroad',
    (r) => r.person?.ageAtRegistration !== undefined,
    ['kanon-2020', 'synthetic-2024'],
  ],
  ['victim.ageWhenTrafficked', 'majorityEntry', (r) => r.victim?.ageWhenTrafficked !== undefined, ['kanon-2020']],
  [
    'victim.ageAtExploitationStart',
    'majorityStatusAtExploit',
    (r) => r.victim?.ageAtExploitationStart !== undefined,
    ['kanon-2020'],
  ],
  ['registrationDate', 'year', (r) => (r.registrationDate?.length ?? 0) > 4, ['kanon-2020', 'synthetic-2024']],
  [
    'movement.origin.subdivision',
    'country',
    (r) =>
      r.person?.citizenship === undefined &&
      r.movement?.origin?.country === undefined &&
      r.movement?.origin?.subdivision !== undefined,
    ['kanon-2020', 'synthetic-2024'],
  ],
  ['person.citizenship', 'first', (r) => (r.person?.citizenship?.length ?? 0) > 1, ['kanon-2020', 'synthetic-2024']],
  [
    'exploitation.durationMonths',
    'traffickMonths',
    (r) => r.exploitation?.durationMonths !== undefined,
    ['synthetic-2024'],
  ],
];

/** What each layout cannot hold, reported once per export with the number of records that lose it. */
const LOSSES: Readonly<Record<CtdcFormat, ReadonlyArray<readonly [string, (record: TraffickingCase) => boolean]>>> = {
  'kanon-2020': [
    [
      'exploitation.types:ChildLabour+ForcedAdoption+Surrogacy',
      (r) =>
        ['ChildLabour', 'ForcedAdoption', 'Surrogacy'].some((t) => r.exploitation?.types?.[t as 'Other'] === 'yes'),
    ],
    ['control.methods:ThreatensChildrenFamily', (r) => r.control?.methods?.ThreatensChildrenFamily === 'yes'],
    ['person.citizenship[1..]', (r) => (r.person?.citizenship?.length ?? 0) > 1],
    ['recruitment.methods', (r) => Object.keys(r.recruitment?.methods ?? {}).length > 0],
    [
      'exploitation.durationMonths',
      (r) => r.exploitation?.durationMonths !== undefined || r.exploitation?.durationBand !== undefined,
    ],
  ],
  'synthetic-2024': [
    ['control.methods:Other', (r) => r.control?.methods?.Other === 'yes'],
    [
      'exploitation.sexTypes:RemoteInteractiveServices+PrivateSexualServices',
      (r) =>
        ['RemoteInteractiveServices', 'PrivateSexualServices'].some(
          (t) => r.exploitation?.sexTypes?.[t as 'Pornography'] === 'yes',
        ),
    ],
    ['exploitation.labourActivities', (r) => Object.values(r.exploitation?.labourActivities ?? {}).includes('yes')],
    ['recruitment.abduction', (r) => r.recruitment?.abduction !== undefined],
    ['dataSource', (r) => r.dataSource !== undefined],
    [
      'answers:no',
      (r) =>
        JSON.stringify([
          r.control,
          r.exploitation?.types,
          r.exploitation?.sexTypes,
          r.recruitment?.recruiterRelations,
        ]).includes('"no"'),
    ],
    ['person.citizenship[1..]', (r) => (r.person?.citizenship?.length ?? 0) > 1],
  ],
};

/**
 * Writes cases in a CTDC layout for a research contribution, privacy first:
 *
 * 1. a record without consent to research use (`consent.dataForResearch` other than `yes`) is refused;
 * 2. every value is generalised to what CTDC holds: ages to `ageBroad` bands and adult/minor, dates to
 *    the year, subdivisions to their country, several citizenships to the first, durations to bands;
 *    no direct identifier has a column;
 * 3. the columns made from quasi-identifiers (see `FIELD_CLASSIFICATION`) are held to k-anonymity
 *    (default k = 11, as CTDC): cells are set to missing, most varied column first, in the records whose
 *    combination is rarer than k, then records still rarer than k are suppressed.
 *
 * The report says what was refused, generalised and suppressed and why, by input position (never by id).
 * What the layout cannot hold is reported with `ctdc_not_representable`. Never throws.
 */
export function toCtdc(records: readonly TraffickingCase[], options: ToCtdcOptions): CtdcExport {
  const locale = options.locale ?? 'en';
  const k = options.k ?? 11;
  const format = options.format;
  const issues: Issue[] = [];
  if (!Number.isInteger(k) || k < 2) {
    issues.push(traffickingIssues.issue('ctdc_k_invalid', locale, { args: { k: String(k).slice(0, 12) } }));
    return {
      value: [],
      issues,
      report: {
        format,
        k,
        quasiIdentifiers: [],
        refused: [],
        suppressed: [],
        generalised: [],
        generalisedFields: [],
        exported: 0,
      },
    };
  }
  const refused: Array<{ index: number; reason: 'no_research_consent' }> = [];
  const candidates: Array<{ index: number; row: FlatRow }> = [];
  records.forEach((record, index) => {
    if (record.consent?.dataForResearch !== 'yes') {
      refused.push({ index, reason: 'no_research_consent' });
      issues.push(traffickingIssues.issue('ctdc_no_research_consent', locale, { path: [index], args: { index } }));
      return;
    }
    const built = format === 'kanon-2020' ? kanonRow(record) : syntheticRow(record);
    const row: FlatRow = {};
    for (const column of ctdcColumns(format)) row[column.name] = built[column.name] ?? ctdcMissing(format);
    candidates.push({ index, row });
  });
  for (const [field, loses] of LOSSES[format]) {
    const count = candidates.filter(({ index }) => {
      const record = records[index];
      return record !== undefined && loses(record);
    }).length;
    if (count > 0)
      issues.push(traffickingIssues.issue('ctdc_not_representable', locale, { args: { format, field, count } }));
  }
  const anonymised = kAnonymise(candidates, ctdcColumns(format), { k, missing: ctdcMissing(format) });
  for (const entry of anonymised.report.suppressed) {
    issues.push(
      traffickingIssues.issue('ctdc_record_suppressed', locale, {
        path: [entry.index],
        args: { index: entry.index, k },
      }),
    );
  }
  for (const entry of anonymised.report.generalised) {
    issues.push(
      traffickingIssues.issue('ctdc_cells_generalised', locale, {
        args: { column: entry.column, count: entry.cells, k },
      }),
    );
  }
  const consented = candidates.flatMap(({ index }) => (records[index] === undefined ? [] : [records[index]]));
  const generalisedFields = GENERALISATIONS.filter(([, , , formats]) => formats.includes(format))
    .map(([field, to, applies]) => ({ field, to, records: consented.filter(applies).length }))
    .filter((entry) => entry.records > 0);
  return {
    value: anonymised.rows,
    issues,
    report: { format, ...anonymised.report, refused, generalisedFields, exported: anonymised.rows.length },
  };
}

/** {@link toCtdc} written as CSV text (papaparse), with the layout's columns as header. */
export function toCtdcCsv(
  records: readonly TraffickingCase[],
  options: ToCtdcOptions,
): CtdcExport & { readonly csv: string } {
  const result = toCtdc(records, options);
  return {
    ...result,
    csv: writeCsv(
      result.value,
      ctdcColumns(options.format).map((column) => column.name),
    ),
  };
}
