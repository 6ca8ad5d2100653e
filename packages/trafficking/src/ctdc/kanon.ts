import type { FlatRow } from '../csv.js';
import { classOf } from '../privacy/classification.js';
import type { CtdcColumn } from './columns.js';

/** What k-anonymisation did. */
export interface KAnonymityReport {
  /** The k used. */
  readonly k: number;
  /** The columns held to k-anonymity: those made from quasi-identifier fields. */
  readonly quasiIdentifiers: readonly string[];
  /** Cells set to missing, per column, and why. */
  readonly generalised: ReadonlyArray<{
    readonly column: string;
    readonly cells: number;
    readonly reason: 'k_anonymity';
  }>;
  /** Records left out, by input index, and why. */
  readonly suppressed: ReadonlyArray<{ readonly index: number; readonly reason: 'k_anonymity' }>;
}

/** Whether a column is made from at least one quasi-identifier field (per the classification). */
export function isQuasiIdentifierColumn(column: CtdcColumn): boolean {
  return column.sources.some((source) => classOf(source) === 'quasiIdentifier');
}

function keyOf(row: FlatRow, columns: readonly string[]): string {
  return JSON.stringify(columns.map((column) => row[column] ?? ''));
}

function smallGroups(rows: ReadonlyArray<{ row: FlatRow }>, columns: readonly string[], k: number): Set<string> {
  const counts = new Map<string, number>();
  for (const { row } of rows) {
    const key = keyOf(row, columns);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count < k).map(([key]) => key));
}

/**
 * Makes rows k-anonymous over the quasi-identifier columns (missing counts as a value of its own):
 * for each such column, most distinct values first, the cells of rows whose combination occurs fewer
 * than k times are set to `missing` (local suppression, the top of each generalisation hierarchy);
 * rows still rarer than k at the end are suppressed. Adding rows to a group never shrinks another, so
 * every combination left occurs at least k times.
 */
export function kAnonymise(
  input: ReadonlyArray<{ readonly index: number; readonly row: FlatRow }>,
  columns: readonly CtdcColumn[],
  options: { readonly k: number; readonly missing: string },
): { rows: FlatRow[]; report: KAnonymityReport } {
  const { k, missing } = options;
  const rows = input.map(({ index, row }) => ({ index, row: { ...row } }));
  const quasi = columns.filter(isQuasiIdentifierColumn).map((column) => column.name);
  const distinct = (column: string) => new Set(rows.map(({ row }) => row[column])).size;
  const order = [...quasi].sort((a, b) => distinct(b) - distinct(a));
  const generalised: Array<{ column: string; cells: number; reason: 'k_anonymity' }> = [];
  for (const column of order) {
    const small = smallGroups(rows, quasi, k);
    if (small.size === 0) break;
    let cells = 0;
    for (const { row } of rows) {
      if (small.has(keyOf(row, quasi)) && row[column] !== missing) {
        row[column] = missing;
        cells += 1;
      }
    }
    if (cells > 0) generalised.push({ column, cells, reason: 'k_anonymity' });
  }
  const small = smallGroups(rows, quasi, k);
  const kept = rows.filter(({ row }) => !small.has(keyOf(row, quasi)));
  const suppressed = rows
    .filter(({ row }) => small.has(keyOf(row, quasi)))
    .map(({ index }) => ({ index, reason: 'k_anonymity' as const }));
  return { rows: kept.map(({ row }) => row), report: { k, quasiIdentifiers: quasi, generalised, suppressed } };
}
