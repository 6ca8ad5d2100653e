import type { Issue, Locale, Reading } from '@iom/core';
import Papa from 'papaparse';
import { traffickingIssues } from './issues.js';

/** A row read from or written to a flat file: column name → cell text. */
export type FlatRow = Record<string, string>;

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

/**
 * Reads CSV text with a header row into rows, with papaparse. A byte-order mark is dropped, header cells
 * are trimmed, blank lines are skipped; malformed lines are reported (`csv_malformed`, with the row number
 * and papaparse's error kind, never the cell text) and kept as far as they could be read.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Reading<FlatRow[]> {
  const locale = options.locale ?? 'en';
  const result = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const rows = result.data.map((row) => {
    const flat: FlatRow = {};
    for (const [key, value] of Object.entries(row)) {
      if (key === '__parsed_extra') continue;
      flat[key] = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    }
    return flat;
  });
  const issues: Issue[] = result.errors.map((error) =>
    traffickingIssues.issue('csv_malformed', locale, {
      path: error.row === undefined ? [] : [error.row],
      args: { row: error.row === undefined ? '?' : error.row + 1, problem: error.code },
    }),
  );
  return { value: rows, issues };
}

/** Writes rows as CSV with papaparse, with `columns` as the header and in that order; `\r\n` line ends. */
export function writeCsv(rows: readonly FlatRow[], columns: readonly string[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { newline: '\r\n' },
  );
}
