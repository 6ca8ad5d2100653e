import { type Issue, isSubdivisionCode, type Locale, normalizeCountryCode, type Reading, validate } from '@iom/core';
import { TraffickingCase } from '../case.js';
import type { Answer } from '../codes.js';
import { type FlatRow, parseCsv } from '../csv.js';
import { traffickingIssues } from '../issues.js';
import { isPartialDate } from '../partial-date.js';
import { HTCDS_COLUMNS, HTCDS_HEADER_ALIASES, HTCDS_LABELS, type HtcdsColumn, squash } from './fields.js';
import { type Match, readMulti, VOCABULARIES, type VocabularyColumn } from './values.js';

/** Options of {@link fromHtcds}. */
export interface FromHtcdsOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

type Loose = Record<string, unknown>;

const COLUMN_BY_SQUASH = new Map<string, HtcdsColumn>();
for (const column of HTCDS_COLUMNS) COLUMN_BY_SQUASH.set(squash(column), column);
for (const [alias, column] of Object.entries(HTCDS_HEADER_ALIASES)) COLUMN_BY_SQUASH.set(squash(alias), column);
const COLUMN_BY_LABEL = new Map<string, HtcdsColumn>();
for (const [column, text] of Object.entries(HTCDS_LABELS)) COLUMN_BY_LABEL.set(squash(text), column as HtcdsColumn);

function shortHeader(header: string): string {
  return header.length <= 60 ? header : `${header.slice(0, 60)}…`;
}

/** Maps the headers of a file onto HTCDS columns; reports renamed and unknown ones. */
function resolveHeaders(headers: readonly string[], locale: Locale, issues: Issue[]): Map<string, HtcdsColumn> {
  const resolved = new Map<string, HtcdsColumn>();
  let previous: HtcdsColumn | undefined;
  for (const header of headers) {
    const trimmed = header.trim();
    let column: HtcdsColumn | undefined = (HTCDS_COLUMNS as readonly string[]).includes(trimmed)
      ? (trimmed as HtcdsColumn)
      : undefined;
    column ??= COLUMN_BY_SQUASH.get(squash(trimmed)) ?? COLUMN_BY_LABEL.get(squash(trimmed));
    // The official Excel template leaves the header of "Reason for Outgoing Referral" (column AJ) empty.
    if (column === undefined && squash(trimmed) === '' && previous === 'cas_ReferredPrimaryCaseWorker') {
      column = 'cas_ReasonForOutgoingReferral';
    }
    if (column === undefined) {
      if (trimmed !== '') {
        issues.push(
          traffickingIssues.issue('htcds_header_unknown', locale, { path: [], args: { column: shortHeader(trimmed) } }),
        );
      }
    } else {
      if (column !== trimmed) {
        issues.push(
          traffickingIssues.issue('htcds_header_renamed', locale, {
            path: [],
            args: { column: shortHeader(trimmed) || '(empty)', field: column },
          }),
        );
      }
      if (![...resolved.values()].includes(column)) resolved.set(header, column);
    }
    previous = column;
  }
  return resolved;
}

function isLabelRow(row: FlatRow, headers: Map<string, HtcdsColumn>): boolean {
  let hits = 0;
  let filled = 0;
  for (const [header, column] of headers) {
    // Rows typed as text may hold anything when they come from JSON: only text cells count.
    const value: unknown = row[header];
    const cell = typeof value === 'string' ? value.trim() : '';
    if (cell === '') continue;
    filled += 1;
    const text = HTCDS_LABELS[column];
    if (squash(cell) === squash(column) || (text !== undefined && squash(cell) === squash(text))) hits += 1;
  }
  return hits >= 3 && hits * 2 >= filled;
}

class RowReader {
  readonly #cells = new Map<HtcdsColumn, string>();

  constructor(
    row: FlatRow,
    headers: Map<string, HtcdsColumn>,
    readonly index: number,
    readonly locale: Locale,
    readonly issues: Issue[],
  ) {
    for (const [header, column] of headers) {
      const cell = row[header];
      if (typeof cell === 'string' && cell.trim() !== '') this.#cells.set(column, cell.trim());
    }
  }

  #issue(
    code: Parameters<typeof traffickingIssues.issue>[0],
    column: HtcdsColumn,
    args: Record<string, string | number> = {},
  ): void {
    this.issues.push(
      traffickingIssues.issue(code, this.locale, { path: [this.index, column], args: { field: column, ...args } }),
    );
  }

  text(column: HtcdsColumn): string | undefined {
    return this.#cells.get(column);
  }

  date(column: HtcdsColumn): string | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const date =
      cell.length > 10 && isPartialDate(cell.slice(0, 10)) && /^T/.test(cell.slice(10)) ? cell.slice(0, 10) : cell;
    if (isPartialDate(date)) return date;
    this.#issue('htcds_date_invalid', column);
    return undefined;
  }

  integer(column: HtcdsColumn): number | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    if (/^\d{1,3}(?:\.0+)?$/.test(cell)) return Number.parseInt(cell, 10);
    this.#issue('htcds_number_invalid', column);
    return undefined;
  }

  number(column: HtcdsColumn): number | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    if (/^\d{1,6}(?:\.\d{1,6})?$/.test(cell)) return Number(cell);
    this.#issue('htcds_number_invalid', column);
    return undefined;
  }

  answer(column: HtcdsColumn): Answer | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const key = squash(cell);
    if (['true', 'yes', '1', 'y', 'oui', 'si', 'x'].includes(key)) return 'yes';
    if (['false', 'no', '0', 'n', 'non'].includes(key)) return 'no';
    if (['unknown', 'inconnu', 'desconocido'].includes(key)) return 'unknown';
    this.#issue('htcds_boolean_invalid', column);
    return 'unknown';
  }

  boolean(column: HtcdsColumn): boolean | undefined {
    const value = this.answer(column);
    return value === 'yes' ? true : value === 'no' ? false : undefined;
  }

  country(column: HtcdsColumn, cell = this.#cells.get(column)): string | undefined {
    if (cell === undefined) return undefined;
    const reading = normalizeCountryCode(cell);
    if (reading.value === undefined) {
      this.#issue('htcds_country_invalid', column);
      return undefined;
    }
    if (reading.issues.length > 0 && reading.value !== cell)
      this.#issue('htcds_country_normalized', column, { value: reading.value });
    return reading.value;
  }

  countries(column: HtcdsColumn): string[] | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const values: string[] = [];
    for (const part of cell.split(/[;,\s]+/)) {
      if (part === '') continue;
      const code = this.country(column, part);
      if (code !== undefined && !values.includes(code)) values.push(code);
    }
    return values.length === 0 ? undefined : values;
  }

  #report(column: HtcdsColumn, match: Match): void {
    const value = match.values.join(';') || '-';
    if (match.kind === 'label') this.#issue('htcds_value_label', column, { value });
    else if (match.kind === 'legacy')
      this.#issue('htcds_value_legacy', column, { legacy: match.legacy, version: match.version, value });
    else if (match.kind === 'ambiguous') this.#issue('htcds_value_ambiguous', column, { legacy: match.legacy, value });
  }

  one(column: VocabularyColumn): string | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const match = VOCABULARIES[column].match(cell);
    if (match === undefined || match.values.length === 0) {
      if (match === undefined) this.#issue('htcds_value_unknown', column);
      return undefined;
    }
    this.#report(column, match);
    return match.values[0];
  }

  many(column: VocabularyColumn): string[] | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const reading = readMulti(VOCABULARIES[column], cell);
    const values: string[] = [];
    const reported = new Set<string>();
    for (const match of reading.matches) {
      const key = `${match.kind}:${match.kind === 'legacy' || match.kind === 'ambiguous' ? match.legacy : ''}`;
      if (!reported.has(key)) {
        reported.add(key);
        this.#report(column, match);
      }
      for (const value of match.values) if (!values.includes(value)) values.push(value);
    }
    if (reading.separator !== undefined) this.#issue('htcds_separator', column, { separator: reading.separator });
    if (reading.unknown > 0) this.#issue('htcds_value_unknown', column);
    return values;
  }

  /** Plain `;`-separated codes of an extension column, kept when `allowed` accepts them. */
  codes(column: HtcdsColumn, allowed: readonly string[]): string[] | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const values: string[] = [];
    let unknown = 0;
    for (const part of cell.split(/[;\s]+/)) {
      if (part === '') continue;
      if (allowed.includes(part)) values.push(part);
      else unknown += 1;
    }
    if (unknown > 0) this.#issue('htcds_value_unknown', column);
    return values;
  }
}

function put(target: Loose, key: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value) && value.length === 0) return;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) return;
  target[key] = value;
}

function yes(values: readonly string[] | undefined): Partial<Record<string, Answer>> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return Object.fromEntries(values.map((value) => [value, 'yes' as const]));
}

function readCase(reader: RowReader): Loose {
  const record: Loose = {};
  put(record, 'id', reader.text('x_CaseId'));
  put(record, 'dataSource', reader.codes('x_DataSource', ['CaseManagement', 'Hotline'])?.[0]);
  put(record, 'registrationDate', reader.date('x_RegistrationDate'));
  put(record, 'identificationCountry', reader.country('x_IdentificationCountry'));
  put(record, 'status', reader.one('cas_Status'));
  put(record, 'closureReason', reader.text('cas_ReasonForCaseClosure'));
  put(record, 'owner', reader.text('cas_CaseOwner'));

  const address: Loose = {};
  put(address, 'street', reader.text('prs_MailingStreet'));
  put(address, 'city', reader.text('prs_MailingCity'));
  put(address, 'state', reader.text('prs_MailingState'));
  put(address, 'postalCode', reader.text('prs_MailingPostalCode'));
  put(address, 'country', reader.country('prs_MailingCountry'));
  const person: Loose = {};
  put(person, 'id', reader.text('x_PersonId'));
  put(person, 'salutation', reader.text('prs_Salutation'));
  put(person, 'firstName', reader.text('prs_FirstName'));
  put(person, 'middleName', reader.text('prs_MiddleName'));
  put(person, 'secondName', reader.text('prs_SecondName'));
  put(person, 'birthDate', reader.date('prs_Birthdate'));
  put(person, 'gender', reader.one('prs_Gender'));
  put(person, 'citizenship', reader.countries('prs_Citizenship'));
  put(person, 'maritalStatus', reader.one('prs_MaritalStatus'));
  put(person, 'numberOfChildren', reader.integer('prs_NumberOfChildren'));
  const language = (column: HtcdsColumn) => {
    const text = reader.text(column)?.toLowerCase();
    return text !== undefined && /^[a-z]{2,3}$/.test(text) ? text : undefined;
  };
  put(person, 'primaryLanguage', language('prs_PrimaryLanguage'));
  put(person, 'secondaryLanguage', language('prs_SecondaryLanguage'));
  put(person, 'highestLevelOfEducation', reader.one('prs_HighestLevelOfEducation'));
  put(person, 'identityNumber', reader.text('prs_IdentityNumber'));
  put(person, 'title', reader.text('prs_Title'));
  put(person, 'email', reader.text('prs_Email'));
  put(person, 'homePhone', reader.text('prs_HomePhone'));
  put(person, 'mobilePhone', reader.text('prs_MobilePhone'));
  put(person, 'mailingAddress', address);
  put(person, 'deceased', reader.boolean('prs_Deceased'));
  put(record, 'person', person);

  const victim: Loose = {};
  put(victim, 'traffickingStatus', reader.one('vic_TraffickingStatus'));
  put(victim, 'traffickingStatusDecisionMakingOrg', reader.one('vic_TraffickingStatusDecisionMakingOrg'));
  put(victim, 'ageWhenTrafficked', reader.integer('vic_AgeWhenTrafficked'));
  put(victim, 'ageAtExploitationStart', reader.integer('x_AgeAtExploitationStart'));
  put(record, 'victim', victim);

  const exploitation: Loose = {};
  const types = reader.many('vic_TypeOfExploitation');
  put(exploitation, 'types', yes(types));
  const divisions = new Map<string, string>();
  for (const part of reader.text('x_ForcedLabourIsicDivision')?.split(/[;\s]+/) ?? []) {
    const match = /^([A-U]):(\d{2})$/.exec(part);
    if (match?.[1] !== undefined && match[2] !== undefined) divisions.set(match[1], match[2]);
  }
  const industries = reader.many('vic_ForcedLabourIndustry')?.map((section) => {
    const division = divisions.get(section.slice(0, 1));
    return division === undefined ? { section } : { section, division };
  });
  put(exploitation, 'industries', industries);
  const activities = reader.codes('x_LabourActivities', ['Peddling', 'IllicitActivities', 'Other']) ?? [];
  // HTCDS 0.2 had "Illicit activities" as a type of exploitation: keep it as CTDC's labour activity.
  if (
    reader.text('vic_TypeOfExploitation') !== undefined &&
    /illicit\s*activities/i.test(reader.text('vic_TypeOfExploitation') ?? '')
  ) {
    if (!activities.includes('IllicitActivities')) activities.push('IllicitActivities');
  }
  put(exploitation, 'labourActivities', yes(activities));
  put(exploitation, 'sexTypes', yes(reader.many('vic_TypeOfSexExploitation')));
  put(exploitation, 'websitesAndApps', reader.many('vic_ExploitationWebsitesAndApps'));
  const hteType = reader.text('hte_Type');
  const listed = reader.countries('x_ExploitationCountries');
  const hteCountry =
    hteType === undefined || squash(hteType) === 'exploitation' ? reader.country('hte_Country') : undefined;
  put(exploitation, 'countries', listed ?? (hteCountry === undefined ? undefined : [hteCountry]));
  put(exploitation, 'locationOrganisation', reader.text('vic_LocationOfExploitation'));
  put(exploitation, 'durationMonths', reader.number('x_TraffickingDurationMonths'));
  put(record, 'exploitation', exploitation);

  const recruitment: Loose = {};
  put(recruitment, 'methods', yes(reader.many('vic_MethodOfRecruitment')));
  put(recruitment, 'websitesAndApps', reader.many('vic_RecruitmentWebsitesAndApps'));
  put(recruitment, 'locationOrganisation', reader.text('vic_LocationOfRecruitment'));
  put(recruitment, 'relationshipToTrafficker', reader.one('vic_RelationshipToTrafficker'));
  put(
    recruitment,
    'recruiterRelations',
    yes(reader.codes('x_RecruiterRelations', ['IntimatePartner', 'Friend', 'Family', 'Other'])),
  );
  put(recruitment, 'abduction', reader.answer('x_IsAbduction'));
  put(record, 'recruitment', recruitment);

  const control: Loose = {};
  const methods = [
    ...(reader.many('vic_MethodsOfControl') ?? []),
    ...(reader.codes('x_MethodsOfControlExtended', ['RestrictsMovement', 'UsesChildren']) ?? []),
  ];
  put(control, 'methods', yes(methods));
  put(record, 'control', control);

  const origin: Loose = {};
  put(origin, 'country', reader.country('x_OriginCountry'));
  const subdivision = reader.text('x_OriginSubdivision')?.toUpperCase();
  if (subdivision !== undefined) {
    if (isSubdivisionCode(subdivision)) origin.subdivision = subdivision;
    else
      reader.issues.push(
        traffickingIssues.issue('htcds_value_unknown', reader.locale, {
          path: [reader.index, 'x_OriginSubdivision'],
          args: { field: 'x_OriginSubdivision' },
        }),
      );
  }
  const movement: Loose = {};
  put(movement, 'origin', origin);
  put(record, 'movement', movement);

  const referrals: Loose[] = [];
  for (const [direction, organisation, date, worker, reason, details] of [
    [
      'Incoming',
      'cas_ReferringOrganisation',
      'cas_IncomingReferralDate',
      'cas_ReferringPrimaryCaseWorker',
      'cas_ReasonForIncomingReferral',
      'cas_IncomingReferralDetails',
    ],
    [
      'Outgoing',
      'cas_ReferredOrganisation',
      'cas_OutgoingReferralDate',
      'cas_ReferredPrimaryCaseWorker',
      'cas_ReasonForOutgoingReferral',
      'cas_OutgoingReferralDetails',
    ],
  ] as const) {
    const referral: Loose = {};
    put(referral, 'organisation', reader.text(organisation));
    put(referral, 'date', reader.date(date));
    put(referral, 'primaryCaseWorker', reader.text(worker));
    put(referral, 'reason', reader.one(reason));
    put(referral, 'details', reader.text(details));
    if (Object.keys(referral).length > 0) referrals.push({ direction, ...referral });
  }
  const assistance: Loose = {};
  put(assistance, 'referrals', referrals);
  put(record, 'assistance', assistance);

  const consent: Loose = {};
  put(consent, 'interview', reader.answer('con_Consent'));
  put(consent, 'purposeOfInterview', reader.answer('con_PurposeOfInterview'));
  put(consent, 'useOfData', reader.answer('con_UseOfData'));
  put(consent, 'dataForResearch', reader.answer('con_DataForResearch'));
  put(consent, 'rightToBeForgotten', reader.answer('con_RightToBeForgotten'));
  put(record, 'consent', consent);
  return record;
}

/**
 * Reads HTCDS flat rows (one case per row) into cases, tolerant of the official templates' defects:
 * misspelled or renamed headers (`vic_TraffickinStatusDecisionMakingOrg`, `prs_First_Name`,
 * `vic_Methods_of_Control`, `prs_Nationality`, the unnamed outgoing-referral-reason column), label
 * headers, a repeated label row, labels or variant spellings in place of value names, `;`, space or comma
 * separated multi-selects, and HTCDS 0.2 / 1.0 values and consent fields. Everything repaired, guessed or
 * dropped is reported; nothing throws. Multi-selects become checklists answered `yes` (HTCDS cannot say
 * no). Cross-field rules of {@link TraffickingCase} are checked and reported too.
 */
export function fromHtcds(rows: readonly FlatRow[], options: FromHtcdsOptions = {}): Reading<TraffickingCase[]> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const headerSet = new Set<string>();
  for (const row of rows)
    if (typeof row === 'object' && row !== null) for (const key of Object.keys(row)) headerSet.add(key);
  const headers = resolveHeaders([...headerSet], locale, issues);
  const cases: TraffickingCase[] = [];
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return;
    if (isLabelRow(row, headers)) {
      issues.push(
        traffickingIssues.issue('htcds_label_row_skipped', locale, { path: [index], args: { row: index + 1 } }),
      );
      return;
    }
    const reader = new RowReader(row, headers, index, locale, issues);
    const record = readCase(reader) as TraffickingCase;
    const checked = validate(TraffickingCase, record, locale);
    for (const issue of checked.issues) issues.push({ ...issue, path: [index, ...issue.path] });
    cases.push(record);
  });
  return { value: cases, issues };
}

/** Reads HTCDS CSV text (papaparse) with {@link fromHtcds}; CSV problems are reported too. */
export function fromHtcdsCsv(text: string, options: FromHtcdsOptions = {}): Reading<TraffickingCase[]> {
  const csv = parseCsv(text, options);
  const read = fromHtcds(csv.value, options);
  return { value: read.value, issues: [...csv.issues, ...read.issues] };
}
