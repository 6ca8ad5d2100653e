import type { Issue, Locale, Reading } from '@iom/core';
import type { TraffickingCaseAnyVersion } from '../case-record.js';
import { type FlatRow, writeCsv } from '../csv.js';
import { traffickingIssues } from '../messages/index.js';
import { type CtdcFormat, ctdcColumns, ctdcMissing } from './columns.js';
import { ctdcFormatIssue, isCtdcFormat } from './format-option.js';
import { GENERALISATIONS } from './generalisations.js';
import { type KAnonymityReport, kAnonymise } from './kanon.js';
import { kanonRow } from './kanon-row.js';
import { LOSSES } from './losses.js';
import { syntheticRow } from './synthetic-row.js';

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
export function toCtdc(records: readonly TraffickingCaseAnyVersion[], options: ToCtdcOptions): CtdcExport {
  const locale = options.locale ?? 'en';
  const k = options.k ?? 11;
  const format = options.format;
  const issues: Issue[] = [];
  // Options may come from untyped callers (the command line, JSON): a wrong one is reported, not thrown.
  if (!isCtdcFormat(format)) issues.push(ctdcFormatIssue(format, locale));
  if (!Number.isInteger(k) || k < 2) {
    issues.push(traffickingIssues.issue('ctdc_k_invalid', locale, { args: { k: String(k).slice(0, 12) } }));
  }
  if (issues.length > 0) {
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
  records: readonly TraffickingCaseAnyVersion[],
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
