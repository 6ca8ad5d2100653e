import type { Issue } from '@iom/core';
import { expect } from 'vitest';
import { TraffickingCase } from '../src/index.js';

/** The issue codes by which a reader says it skipped a whole row (path `[row index]`). */
const ROW_SKIPPED = new Set(['row_not_object', 'htcds_label_row_skipped', 'case_row_dropped']);

/**
 * What a lenient reader of rows must give: every case passes `TraffickingCase.safeParse`, every issue path is
 * `[]` (the file) or starts with the index of an input row, and every row is either returned or named by a
 * row-level issue.
 */
export function expectReaderContract(
  rows: readonly unknown[],
  value: readonly TraffickingCase[],
  issues: readonly Issue[],
): void {
  for (const record of value) {
    const parsed = TraffickingCase.safeParse(record);
    expect(parsed.error?.issues ?? []).toEqual([]);
  }
  for (const issue of issues) {
    if (issue.path.length === 0) continue;
    const [row] = issue.path;
    expect(Number.isInteger(row) && (row as number) >= 0 && (row as number) < rows.length, String(row)).toBe(true);
  }
  const skipped = new Set(
    issues.filter((issue) => ROW_SKIPPED.has(issue.code) && issue.path.length === 1).map((issue) => issue.path[0]),
  );
  expect(value.length + skipped.size).toBe(rows.length);
}
