import type { Issue, Locale, Reading } from '@iom/core';
import { shortenForMessage } from '@iom/core';
import type { TraffickingCase } from '../case.js';
import { type FlatRow, parseCsv } from '../csv.js';
import { squash } from '../htcds/fields.js';
import { traffickingIssues } from '../messages/index.js';
import { headersOf, isRowObject, reportRowNotObject, rowCells } from '../reading/row-cells.js';
import { validCase } from '../reading/valid-case.js';
import { assembleCtdcCase } from './assemble.js';
import { type CtdcFormat, ctdcColumns } from './columns.js';
import { ctdcFormatIssue, isCtdcFormat } from './format-option.js';
import { CtdcRowReader, isCtdcMissing } from './row-reader.js';

/** Options of {@link fromCtdc}. */
export interface FromCtdcOptions {
  /** The CTDC layout of the rows. */
  readonly format: CtdcFormat;
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

/** Columns CTDC derives from others (concatenations, "not specified" flags): never read, never missed. */
function isDerived(column: string): boolean {
  return /Concatenated$|NotSpecified$|^isSexAndLabour$|^RecruiterRelationship$/.test(column);
}

/**
 * Maps the headers of a file onto the layout's columns, ignoring case and punctuation, on their first 32
 * characters (CTDC 2021 truncates names). Unknown headers (`ctdc_column_unknown`), a second header for a
 * column already given (`column_duplicate`, the first is read) and, when there are rows, missing columns
 * (`ctdc_column_missing`) are reported, with file-level paths (`[]`).
 */
function resolveHeaders(
  found: readonly string[],
  format: CtdcFormat,
  hasRows: boolean,
  locale: Locale,
  issues: Issue[],
): Map<string, string> {
  const columns = ctdcColumns(format).map((column) => column.name);
  const byKey = new Map(columns.map((column) => [squash(column).slice(0, 32), column]));
  const headers = new Map<string, string>();
  const taken = new Set<string>();
  for (const header of found) {
    const column = byKey.get(squash(header).slice(0, 32));
    const args = { column: shortenForMessage(header.trim(), 60) || '(empty)', format, field: column ?? '' };
    if (column === undefined) issues.push(traffickingIssues.issue('ctdc_column_unknown', locale, { path: [], args }));
    else if (taken.has(column)) issues.push(traffickingIssues.issue('column_duplicate', locale, { path: [], args }));
    else {
      taken.add(column);
      headers.set(header, column);
    }
  }
  if (hasRows) {
    for (const column of columns) {
      if (!taken.has(column) && !isDerived(column)) {
        issues.push(traffickingIssues.issue('ctdc_column_missing', locale, { path: [], args: { format, column } }));
      }
    }
  }
  return headers;
}

/**
 * Reads CTDC rows into cases, one case per row, with no identifiers. Missing markers (`-99`, empty,
 * `NA`, `NULL`, `nan`) and the unknown country `0` are read as absent; `0` in k-anon 2020 reads as `no`,
 * while synthetic 2024 (which has no 0) never gives `no`. Bands stay bands (`person.ageBand`,
 * `exploitation.durationBand`); alpha-3 countries become alpha-2; the 2024 merged means of control become
 * `control.groups`, `isOtherExploit` becomes `exploitation.otherTypeGroup`, and what 2024 never collects is
 * marked `notCollected`. Column names are matched ignoring case and punctuation, on their first 32
 * characters (CTDC 2021 truncates names). Derived columns (`*Concatenated`, `*NotSpecified`,
 * `isSexAndLabour`, `RecruiterRelationship`) are ignored.
 *
 * Every case returned passes `TraffickingCase.safeParse`, cross-field rules included: a cell that cannot be
 * read is read as missing (`ctdc_value_invalid`), a field of the assembled case that fails is left out
 * (`case_field_dropped`), and a row is skipped only when nothing valid can be made of it. Issue paths start
 * with the row's index in `rows` (`[12, 'gender']` for a cell, `[12, 'person', 'majority']` for a field,
 * `[12]` for the row); file-level issues have the path `[]`. Never throws.
 */
export function fromCtdc(rows: readonly FlatRow[], options: FromCtdcOptions): Reading<TraffickingCase[]> {
  const locale = options.locale ?? 'en';
  if (!isCtdcFormat(options.format)) return { value: [], issues: [ctdcFormatIssue(options.format, locale)] };
  const issues: Issue[] = [];
  // Rows may come from JSON, whatever their declared type: each is checked before it is read.
  const input: readonly unknown[] = rows;
  const headers = resolveHeaders(headersOf(input), options.format, input.length > 0, locale, issues);
  const cases: TraffickingCase[] = [];
  input.forEach((row, index) => {
    if (!isRowObject(row)) {
      reportRowNotObject(index, locale, issues);
      return;
    }
    const cells = rowCells(row, headers, { index, locale, issues, isMissing: isCtdcMissing });
    const reader = new CtdcRowReader(cells, index, options.format, locale, issues);
    const record = validCase(assembleCtdcCase(reader), { index, locale, issues });
    if (record !== undefined) cases.push(record);
  });
  return { value: cases, issues };
}

/** Reads CTDC CSV text (papaparse) with {@link fromCtdc}; CSV problems are reported too. */
export function fromCtdcCsv(text: string, options: FromCtdcOptions): Reading<TraffickingCase[]> {
  const csv = parseCsv(text, options.locale === undefined ? {} : { locale: options.locale });
  const read = fromCtdc(csv.value, options);
  return { value: read.value, issues: [...csv.issues, ...read.issues] };
}
