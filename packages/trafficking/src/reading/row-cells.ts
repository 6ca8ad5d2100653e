import type { Issue, Locale } from '@iom/core';
import { traffickingIssues } from '../messages/index.js';

/** Whether a row is an object of columns and cells (not `null`, an array or a scalar). */
export function isRowObject(row: unknown): row is Readonly<Record<string, unknown>> {
  return typeof row === 'object' && row !== null && !Array.isArray(row);
}

/** The keys of the object rows, in the order first met: the columns of a file. */
export function headersOf(rows: readonly unknown[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) if (isRowObject(row)) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

/** Reports a row that is not an object of columns and cells, which a reader skips. */
export function reportRowNotObject(index: number, locale: Locale, issues: Issue[]): void {
  issues.push(traffickingIssues.issue('row_not_object', locale, { path: [index], args: { row: index + 1 } }));
}

/** Options of {@link rowCells}. */
export interface RowCellsOptions {
  /** The row's position in the input (0-based), first segment of every issue path. */
  readonly index: number;
  /** The locale of the issues. */
  readonly locale: Locale;
  /** Where issues go. */
  readonly issues: Issue[];
  /** Whether a trimmed cell means "no value" (empty, or a format's missing marker). */
  readonly isMissing: (cell: string) => boolean;
}

/**
 * The filled cells of a row by column, trimmed. Rows from JSON may hold numbers and booleans: they are read
 * as the text they stand for (`2`, `true`), which is what a CSV cell would hold. Any other value (an object,
 * a list, a non-finite number) is reported (`cell_not_text`, by column, never quoting it) and left out;
 * `null` is an empty cell.
 */
export function rowCells<C extends string>(
  row: Readonly<Record<string, unknown>>,
  headers: ReadonlyMap<string, C>,
  options: RowCellsOptions,
): Map<C, string> {
  const cells = new Map<C, string>();
  for (const [header, column] of headers) {
    if (!Object.hasOwn(row, header)) continue;
    const value = row[header];
    if (value === null || value === undefined) continue;
    const text =
      typeof value === 'string'
        ? value.trim()
        : typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
          ? String(value)
          : undefined;
    if (text === undefined) {
      options.issues.push(
        traffickingIssues.issue('cell_not_text', options.locale, {
          path: [options.index, column],
          args: { row: options.index + 1, column },
        }),
      );
    } else if (!options.isMissing(text)) {
      cells.set(column, text);
    }
  }
  return cells;
}
