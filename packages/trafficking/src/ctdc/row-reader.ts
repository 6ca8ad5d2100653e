import { type Issue, type Locale, normalizeCountryCode } from '@iom/core';
import type { Answer } from '../codes.js';
import { squash } from '../htcds/fields.js';
import { traffickingIssues } from '../messages/index.js';
import type { CtdcFormat } from './columns.js';

/** Cells that mean "no value" in CTDC files, lower-cased. */
const MISSING = new Set(['', '-99', '-99.0', 'na', 'nan', 'null', 'none']);

/** Whether a trimmed CTDC cell is a missing marker (`-99`, empty, `NA`, `NULL`, `nan`, `None`). */
export function isCtdcMissing(cell: string): boolean {
  return MISSING.has(cell.toLowerCase());
}

/**
 * Reads the cells of one CTDC row as typed values. A cell it cannot read is reported
 * (`ctdc_value_invalid`, at `[row index, column]`, never quoting the cell) and read as missing.
 */
export class CtdcRowReader {
  readonly #cells: ReadonlyMap<string, string>;

  /** A reader of `cells` (trimmed, missing markers left out), the row at `index` of the input. */
  constructor(
    cells: ReadonlyMap<string, string>,
    readonly index: number,
    readonly format: CtdcFormat,
    readonly locale: Locale,
    readonly issues: Issue[],
  ) {
    this.#cells = cells;
  }

  /** Reports the cell of `column` as unreadable; gives `undefined`, what the cell is read as. */
  invalid(column: string): undefined {
    this.issues.push(
      traffickingIssues.issue('ctdc_value_invalid', this.locale, {
        path: [this.index, column],
        args: { row: this.index + 1, column },
      }),
    );
    return undefined;
  }

  /** The cell's text (trimmed). */
  text(column: string): string | undefined {
    return this.#cells.get(column);
  }

  /** A binary cell: `1` yes; `0` no in k-anon 2020 (synthetic 2024 has no 0: empty is unknown). */
  flag(column: string): Answer | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    if (/^1(\.0+)?$/.test(cell) || squash(cell) === 'true') return 'yes';
    if (/^0(\.0+)?$/.test(cell) || squash(cell) === 'false') return this.format === 'kanon-2020' ? 'no' : undefined;
    return this.invalid(column);
  }

  /** A country, alpha-2 or alpha-3; `0` is CTDC's unknown country. */
  country(column: string): string | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined || cell === '0') return undefined;
    const reading = normalizeCountryCode(cell);
    return reading.value ?? this.invalid(column);
  }
}
