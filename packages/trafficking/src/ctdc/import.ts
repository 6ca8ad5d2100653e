import { type Issue, type Locale, normalizeCountryCode, type Reading } from '@iom/core';
import type { TraffickingCase } from '../case.js';
import type { AgeBand, Answer, DurationBand } from '../codes.js';
import { type FlatRow, parseCsv } from '../csv.js';
import { squash } from '../htcds/fields.js';
import { traffickingIssues } from '../issues.js';
import { type CtdcFormat, ctdcColumns } from './columns.js';
import { KANON_EXPLOIT, KANON_MEANS, KANON_SEX, LABOUR_INDUSTRY, RECRUITER, SYNTHETIC_MEANS } from './mapping.js';

/** Options of {@link fromCtdc}. */
export interface FromCtdcOptions {
  /** The CTDC layout of the rows. */
  readonly format: CtdcFormat;
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

const MISSING = new Set(['', '-99', '-99.0', 'na', 'nan', 'null', 'none']);
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

class CtdcRowReader {
  readonly #cells = new Map<string, string>();

  constructor(
    row: FlatRow,
    headers: ReadonlyMap<string, string>,
    readonly index: number,
    readonly format: CtdcFormat,
    readonly locale: Locale,
    readonly issues: Issue[],
  ) {
    for (const [header, column] of headers) {
      const cell = row[header];
      if (typeof cell === 'string' && !MISSING.has(cell.trim().toLowerCase())) this.#cells.set(column, cell.trim());
    }
  }

  invalid(column: string): undefined {
    this.issues.push(
      traffickingIssues.issue('ctdc_value_invalid', this.locale, {
        path: [this.index, column],
        args: { row: this.index + 1, column },
      }),
    );
    return undefined;
  }

  text(column: string): string | undefined {
    return this.#cells.get(column);
  }

  /** A binary cell: `1` yes; `0` no in k-anon 2020 (synthetic 2024 has no 0: empty is unknown). */
  flag(column: string): Answer | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    if (/^1(\.0+)?$/.test(cell) || squash(cell) === 'true') return 'yes';
    if (/^0(\.0+)?$/.test(cell) || squash(cell) === 'false') return this.format === 'kanon-2020' ? 'no' : undefined;
    return this.invalid(column);
  }

  country(column: string): string | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined || cell === '0') return undefined;
    const reading = normalizeCountryCode(cell);
    return reading.value ?? this.invalid(column);
  }
}

type Loose = Record<string, unknown>;

function put(target: Loose, key: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) return;
  if (Array.isArray(value) && value.length === 0) return;
  target[key] = value;
}

function setAnswer(target: Record<string, Answer>, key: string, answer: Answer | undefined): void {
  if (answer === undefined) return;
  if (answer === 'yes' || target[key] === undefined) target[key] = answer;
}

function readRow(reader: CtdcRowReader): TraffickingCase {
  const kanon = reader.format === 'kanon-2020';
  const record: Loose = {};
  const person: Loose = {};
  const victim: Loose = {};
  const exploitation: Loose = {};
  const recruitment: Loose = {};
  const control: Loose = {};

  const year = reader.text('yearOfRegistration');
  if (year !== undefined) {
    if (/^(19|20)\d{2}(\.0+)?$/.test(year)) record.registrationDate = year.slice(0, 4);
    else reader.invalid('yearOfRegistration');
  }
  const source = reader.text('Datasource');
  if (source !== undefined) {
    const key = squash(source);
    if (key === 'casemanagement') record.dataSource = 'CaseManagement';
    else if (key === 'hotline') record.dataSource = 'Hotline';
    else reader.invalid('Datasource');
  }
  const gender = reader.text('gender');
  if (gender !== undefined) {
    const key = squash(gender);
    if (GENDERS[key] !== undefined) person.gender = GENDERS[key];
    else if (key !== 'unknown') reader.invalid('gender');
  }
  const band = reader.text('ageBroad');
  if (band !== undefined) {
    const value = AGE_BANDS[squash(band)];
    if (value === undefined) reader.invalid('ageBroad');
    else person.ageBand = value;
  }
  const majority = (column: string): 'Adult' | 'Minor' | undefined => {
    const cell = reader.text(column);
    if (cell === undefined || squash(cell) === 'unknown') return undefined;
    if (squash(cell) === 'adult') return 'Adult';
    if (squash(cell) === 'minor') return 'Minor';
    return reader.invalid(column);
  };
  put(person, 'majority', majority('majorityStatus'));
  put(victim, 'majorityAtExploitationStart', majority('majorityStatusAtExploit'));
  put(victim, 'majorityWhenTrafficked', majority('majorityEntry'));
  const citizenship = reader.country('citizenship');
  put(person, 'citizenship', citizenship === undefined ? undefined : [citizenship]);
  const exploitedIn = reader.country('CountryOfExploitation');
  put(exploitation, 'countries', exploitedIn === undefined ? undefined : [exploitedIn]);

  const methods: Record<string, Answer> = {};
  const groups: Record<string, Answer> = {};
  const types: Record<string, Answer> = {};
  const labourActivities: Record<string, Answer> = {};
  const sexTypes: Record<string, Answer> = {};
  const relations: Record<string, Answer> = {};
  const industries: Array<{ section: string; division?: string }> = [];

  if (kanon) {
    for (const [name, items] of KANON_MEANS) {
      const answer = reader.flag(`meansOfControl${name}`);
      // CTDC "Threats" merges physical threats and threats to family: a 1 is kept as physical threats.
      if (answer === 'yes') setAnswer(methods, items[0] ?? name, 'yes');
      else for (const item of items) setAnswer(methods, item, answer);
    }
    for (const [column, items] of KANON_EXPLOIT) {
      const answer = reader.flag(column);
      if (answer === 'yes') setAnswer(types, items[0] ?? column, 'yes');
      else for (const item of items) setAnswer(types, item, answer);
    }
    if (reader.flag('typeOfLabourBegging') === 'yes') types.ForcedBegging = 'yes';
    for (const name of ['Peddling', 'IllicitActivities', 'Other'])
      setAnswer(labourActivities, name, reader.flag(`typeOfLabour${name}`));
    for (const [name] of KANON_SEX) setAnswer(sexTypes, name, reader.flag(`typeOfSex${name}`));
    put(recruitment, 'abduction', reader.flag('isAbduction'));
    if (reader.flag('recruiterRelationUnknown') !== 'yes') {
      for (const [name] of RECRUITER) setAnswer(relations, name, reader.flag(`recruiterRelation${name}`));
    }
  } else {
    for (const [column, target] of SYNTHETIC_MEANS) {
      const answer = reader.flag(column);
      if ('group' in target) setAnswer(groups, target.group, answer);
      else setAnswer(methods, target.method, answer);
    }
    setAnswer(types, 'ForcedLabour', reader.flag('isForcedLabour'));
    setAnswer(types, 'SexualExploitation', reader.flag('isSexualExploit'));
    put(exploitation, 'otherTypeGroup', reader.flag('isOtherExploit'));
    for (const name of ['Prostitution', 'Pornography']) setAnswer(sexTypes, name, reader.flag(`typeOfSex${name}`));
    for (const [name] of RECRUITER) setAnswer(relations, name, reader.flag(`recruiterRelation${name}`));
    const months = reader.text('traffickMonths');
    if (months !== undefined) {
      const key = squash(months);
      const value: DurationBand | undefined = key.startsWith('012')
        ? '0--12'
        : key.startsWith('1324')
          ? '13--24'
          : key.startsWith('25')
            ? '25+'
            : undefined;
      if (value === undefined) reader.invalid('traffickMonths');
      else exploitation.durationBand = value;
    }
    // What the 2024 layout never collects is marked so, distinct from unknown.
    methods.Other = 'notCollected';
    for (const name of ['Peddling', 'IllicitActivities', 'Other']) labourActivities[name] = 'notCollected';
    for (const name of ['RemoteInteractiveServices', 'PrivateSexualServices']) sexTypes[name] = 'notCollected';
    recruitment.abduction = 'notCollected';
    record.notCollected = [
      'dataSource',
      'person.majority',
      'victim.majorityWhenTrafficked',
      'victim.majorityAtExploitationStart',
    ];
  }
  for (const [name, industry] of Object.entries(LABOUR_INDUSTRY)) {
    if (!ctdcColumns(reader.format).some((column) => column.name === `typeOfLabour${name}`)) continue;
    if (reader.flag(`typeOfLabour${name}`) === 'yes') industries.push({ ...industry });
  }
  put(exploitation, 'types', types);
  put(exploitation, 'industries', industries);
  put(exploitation, 'labourActivities', labourActivities);
  put(exploitation, 'sexTypes', sexTypes);
  put(recruitment, 'recruiterRelations', relations);
  put(control, 'methods', methods);
  put(control, 'groups', groups);
  put(record, 'person', person);
  put(record, 'victim', victim);
  put(record, 'exploitation', exploitation);
  put(record, 'recruitment', recruitment);
  put(record, 'control', control);
  return record as TraffickingCase;
}

/**
 * Reads CTDC rows into cases, one case per row, with no identifiers. Missing markers (`-99`, empty,
 * `NA`, `NULL`, `nan`) and the unknown country `0` are read as absent; `0` in k-anon 2020 reads as `no`,
 * while synthetic 2024 (which has no 0) never gives `no`. Bands stay bands (`person.ageBand`,
 * `exploitation.durationBand`); alpha-3 countries become alpha-2; the 2024 merged means of control become
 * `control.groups`, `isOtherExploit` becomes `exploitation.otherTypeGroup`, and what 2024 never collects is
 * marked `notCollected`. Column names are matched ignoring case and punctuation, on their first 32
 * characters (CTDC 2021 truncates names). Derived columns (`*Concatenated`, `*NotSpecified`,
 * `isSexAndLabour`) are ignored. Never throws.
 */
export function fromCtdc(rows: readonly FlatRow[], options: FromCtdcOptions): Reading<TraffickingCase[]> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const columns = ctdcColumns(options.format).map((column) => column.name);
  const byKey = new Map(columns.map((column) => [squash(column).slice(0, 32), column]));
  const headers = new Map<string, string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (headers.has(key)) continue;
      const column = byKey.get(squash(key).slice(0, 32));
      if (column !== undefined) headers.set(key, column);
    }
  }
  const found = new Set(headers.values());
  if (rows.length > 0) {
    for (const column of columns) {
      if (!found.has(column) && !/Concatenated$|NotSpecified$|^isSexAndLabour$/.test(column)) {
        issues.push(
          traffickingIssues.issue('ctdc_column_missing', locale, { args: { format: options.format, column } }),
        );
      }
    }
  }
  const cases = rows.map((row, index) =>
    readRow(new CtdcRowReader(row, headers, index, options.format, locale, issues)),
  );
  return { value: cases, issues };
}

/** Reads CTDC CSV text (papaparse) with {@link fromCtdc}; CSV problems are reported too. */
export function fromCtdcCsv(text: string, options: FromCtdcOptions): Reading<TraffickingCase[]> {
  const csv = parseCsv(text, options.locale === undefined ? {} : { locale: options.locale });
  const read = fromCtdc(csv.value, options);
  return { value: read.value, issues: [...csv.issues, ...read.issues] };
}
