import type { Issue, Locale, Reading } from '@iom/core';
import { papaparse } from '#papaparse';
import { traffickingIssues } from './messages/index.js';

/** A row read from or written to a flat file: column name → cell text. */
export type FlatRow = Record<string, string>;

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

/**
 * Reads CSV text with a header row into rows, with papaparse. A byte-order mark is dropped, header cells
 * are trimmed, blank lines are skipped; malformed lines and repeated headers (the first one is kept) are
 * reported (`csv_malformed`, with the row number and the kind of problem, never the cell text) and kept as
 * far as they could be read.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Reading<FlatRow[]> {
  const locale = options.locale ?? 'en';
  // Rows are read as arrays and keyed here: papaparse's own header mode renames repeated headers and
  // writes a warning to the console, which a library must not do.
  const result = papaparse().parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const issues: Issue[] = result.errors.map((error) =>
    traffickingIssues.issue('csv_malformed', locale, {
      path: error.row === undefined ? [] : [Math.max(error.row - 1, 0)],
      args: { row: error.row === undefined ? '?' : error.row + 1, problem: error.code },
    }),
  );
  const [head, ...body] = result.data;
  if (head === undefined) return { value: [], issues };
  const headers = head.map((cell) => String(cell ?? '').trim());
  const seen = new Set<string>();
  const keep = headers.map((header) => {
    if (seen.has(header)) {
      issues.push(
        traffickingIssues.issue('csv_malformed', locale, { path: [], args: { row: 1, problem: 'DuplicateHeader' } }),
      );
      return false;
    }
    seen.add(header);
    return true;
  });
  const rows = body.map((cells) => {
    const row: FlatRow = {};
    headers.forEach((header, index) => {
      if (keep[index]) row[header] = String(cells[index] ?? '');
    });
    return row;
  });
  return { value: rows, issues };
}

/** Writes rows as CSV with papaparse, with `columns` as the header and in that order; `\r\n` line ends. */
export function writeCsv(rows: readonly FlatRow[], columns: readonly string[]): string {
  return papaparse().unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { newline: '\r\n' },
  );
}
