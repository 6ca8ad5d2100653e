import type { Issue, Locale, Reading } from '@iom/core';
import type { TraffickingCase } from '../case.js';
import { type FlatRow, parseCsv } from '../csv.js';
import { traffickingIssues } from '../messages/index.js';
import { headersOf, isRowObject, reportRowNotObject, rowCells } from '../reading/row-cells.js';
import { validCase } from '../reading/valid-case.js';
import { assembleCase } from './assemble.js';
import { resolveHeaders } from './headers.js';
import { isLabelRow } from './label-row.js';
import { RowReader } from './row-reader.js';

/** Options of {@link fromHtcds}. */
export interface FromHtcdsOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

/**
 * Reads HTCDS flat rows (one case per row) into cases, tolerant of the official templates' defects:
 * misspelled or renamed headers (`vic_TraffickinStatusDecisionMakingOrg`, `prs_First_Name`,
 * `vic_Methods_of_Control`, `prs_Nationality`, the unnamed outgoing-referral-reason column), label
 * headers, a repeated label row, labels or variant spellings in place of value names, `;`, space or comma
 * separated multi-selects, and HTCDS 0.2 / 1.0 values and consent fields. Multi-selects become checklists
 * answered `yes` (HTCDS cannot say no).
 *
 * Every case returned passes `TraffickingCase.safeParse`, cross-field rules included. A cell that cannot be
 * read is left out; a field of the assembled case that fails the schema or a cross-field rule is left out
 * (`case_field_dropped`, beside the failing issue); a row is skipped only when nothing valid can be made of
 * it. Issue paths start with the row's index in `rows`: `[12, 'prs_Gender']` for a cell,
 * `[12, 'person', 'birthDate']` for a field of the case, `[12]` for the row; file-level issues (headers)
 * have the path `[]`. Messages name columns, fields and codes, never a cell's text. Never throws.
 */
export function fromHtcds(rows: readonly FlatRow[], options: FromHtcdsOptions = {}): Reading<TraffickingCase[]> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  // Rows may come from JSON, whatever their declared type: each is checked before it is read.
  const input: readonly unknown[] = rows;
  const headers = resolveHeaders(headersOf(input), locale, issues);
  const cases: TraffickingCase[] = [];
  input.forEach((row, index) => {
    if (!isRowObject(row)) {
      reportRowNotObject(index, locale, issues);
      return;
    }
    if (isLabelRow(row, headers)) {
      issues.push(
        traffickingIssues.issue('htcds_label_row_skipped', locale, { path: [index], args: { row: index + 1 } }),
      );
      return;
    }
    const cells = rowCells(row, headers, { index, locale, issues, isMissing: (cell) => cell === '' });
    const record = validCase(assembleCase(new RowReader(cells, index, locale, issues)), { index, locale, issues });
    if (record !== undefined) cases.push(record);
  });
  return { value: cases, issues };
}

/** Reads HTCDS CSV text (papaparse) with {@link fromHtcds}; CSV problems are reported too. */
export function fromHtcdsCsv(text: string, options: FromHtcdsOptions = {}): Reading<TraffickingCase[]> {
  const csv = parseCsv(text, options);
  const read = fromHtcds(csv.value, options);
  return { value: read.value, issues: [...csv.issues, ...read.issues] };
}
