import { HTCDS_LABELS, type HtcdsColumn, squash } from './fields.js';

/**
 * Whether a row repeats the template's field names or labels (the official Excel template has such a
 * row under its header): at least three of its filled text cells, and at least half of them, do.
 */
export function isLabelRow(row: Readonly<Record<string, unknown>>, headers: ReadonlyMap<string, HtcdsColumn>): boolean {
  let hits = 0;
  let filled = 0;
  for (const [header, column] of headers) {
    // Rows typed as text may hold anything when they come from JSON: only text cells count.
    const value = row[header];
    const cell = typeof value === 'string' ? value.trim() : '';
    if (cell === '') continue;
    filled += 1;
    const text = HTCDS_LABELS[column];
    if (squash(cell) === squash(column) || (text !== undefined && squash(cell) === squash(text))) hits += 1;
  }
  return hits >= 3 && hits * 2 >= filled;
}
