import { type Issue, type Locale, normalizeCountryCode } from '@iom/core';
import type { Answer } from '../codes.js';
import { type TraffickingIssueCode, traffickingIssues } from '../messages/index.js';
import { isPartialDate } from '../partial-date.js';
import type { HtcdsColumn } from './fields.js';
import { squash } from './fields.js';
import { type Match, readMulti, VOCABULARIES, type VocabularyColumn } from './values.js';

const YES = new Set(['true', 'yes', '1', 'y', 'oui', 'si', 'x']);
const NO = new Set(['false', 'no', '0', 'n', 'non']);
const UNKNOWN = new Set(['unknown', 'inconnu', 'desconocido']);

/**
 * Reads the cells of one HTCDS row as typed values: dates, numbers, yes/no answers, countries and
 * picklist values. What it repairs, guesses or cannot read is reported at `[row index, column]`, by column
 * name, never quoting the cell.
 */
export class RowReader {
  readonly #cells: ReadonlyMap<HtcdsColumn, string>;

  /** A reader of `cells` (trimmed, filled), the row at `index` of the input. */
  constructor(
    cells: ReadonlyMap<HtcdsColumn, string>,
    readonly index: number,
    readonly locale: Locale,
    readonly issues: Issue[],
  ) {
    this.#cells = cells;
  }

  /** Reports `code` for `column` of this row. */
  report(code: TraffickingIssueCode, column: HtcdsColumn, args: Record<string, string | number> = {}): void {
    this.issues.push(
      traffickingIssues.issue(code, this.locale, { path: [this.index, column], args: { field: column, ...args } }),
    );
  }

  /** The cell's text, as written (trimmed). */
  text(column: HtcdsColumn): string | undefined {
    return this.#cells.get(column);
  }

  /** A partial date (`2021`, `2021-03`, `2021-03-09`); a date-time keeps its date, and says so. */
  date(column: HtcdsColumn): string | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    // A date-time (`2021-03-09T10:00`) keeps its day.
    const timed = cell.length > 10 && cell[10] === 'T';
    const date = timed ? cell.slice(0, 10) : cell;
    if (!isPartialDate(date)) {
      this.report('htcds_date_invalid', column);
      return undefined;
    }
    if (timed) this.report('htcds_date_time_dropped', column);
    return date;
  }

  /** A whole number of at most three digits (`12`, `12.0`). */
  integer(column: HtcdsColumn): number | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    if (/^\d{1,3}(?:\.0+)?$/.test(cell)) return Number.parseInt(cell, 10);
    this.report('htcds_number_invalid', column);
    return undefined;
  }

  /** A non-negative number (`23`, `1.5`). */
  number(column: HtcdsColumn): number | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    if (/^\d{1,6}(?:\.\d{1,6})?$/.test(cell)) return Number(cell);
    this.report('htcds_number_invalid', column);
    return undefined;
  }

  /** A checkbox or yes/no cell, in English, French or Spanish; anything else reads as `unknown`. */
  answer(column: HtcdsColumn): Answer | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const key = squash(cell);
    if (YES.has(key)) return 'yes';
    if (NO.has(key)) return 'no';
    if (UNKNOWN.has(key)) return 'unknown';
    this.report('htcds_boolean_invalid', column);
    return 'unknown';
  }

  /** A yes/no cell as a boolean; `unknown` gives nothing. */
  boolean(column: HtcdsColumn): boolean | undefined {
    const value = this.answer(column);
    return value === 'yes' ? true : value === 'no' ? false : undefined;
  }

  /** An ISO 3166-1 alpha-2 country, from any form `normalizeCountryCode` reads (reported when rewritten). */
  country(column: HtcdsColumn, cell = this.#cells.get(column)): string | undefined {
    if (cell === undefined) return undefined;
    const reading = normalizeCountryCode(cell);
    if (reading.value === undefined) {
      this.report('htcds_country_invalid', column);
      return undefined;
    }
    if (reading.issues.length > 0 && reading.value !== cell) {
      this.report('htcds_country_normalized', column, { value: reading.value });
    }
    return reading.value;
  }

  /** Countries separated by `;`, `,` or spaces, each once. */
  countries(column: HtcdsColumn): string[] | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const values: string[] = [];
    for (const part of cell.split(/[;,\s]+/)) {
      if (part === '') continue;
      const code = this.country(column, part);
      if (code !== undefined && !values.includes(code)) values.push(code);
    }
    return values.length === 0 ? undefined : values;
  }

  #reportMatch(column: HtcdsColumn, match: Match): void {
    const value = match.values.join(';') || '-';
    if (match.kind === 'label') this.report('htcds_value_label', column, { value });
    else if (match.kind === 'legacy') {
      this.report('htcds_value_legacy', column, { legacy: match.legacy, version: match.version, value });
    } else if (match.kind === 'ambiguous')
      this.report('htcds_value_ambiguous', column, { legacy: match.legacy, value });
  }

  /** The value name of a single-choice picklist cell. */
  one(column: VocabularyColumn): string | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const match = VOCABULARIES[column].match(cell);
    if (match === undefined || match.values.length === 0) {
      if (match === undefined) this.report('htcds_value_unknown', column);
      return undefined;
    }
    this.#reportMatch(column, match);
    return match.values[0];
  }

  /** The value names of a multi-select picklist cell, each once. */
  many(column: VocabularyColumn): string[] | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const reading = readMulti(VOCABULARIES[column], cell);
    const values: string[] = [];
    const reported = new Set<string>();
    for (const match of reading.matches) {
      const key = `${match.kind}:${match.kind === 'legacy' || match.kind === 'ambiguous' ? match.legacy : ''}`;
      if (!reported.has(key)) {
        reported.add(key);
        this.#reportMatch(column, match);
      }
      for (const value of match.values) if (!values.includes(value)) values.push(value);
    }
    if (reading.separator !== undefined) this.report('htcds_separator', column, { separator: reading.separator });
    if (reading.unknown > 0) this.report('htcds_value_unknown', column);
    return values;
  }

  /** Plain `;`-separated codes of an extension column, kept when `allowed` holds them. */
  codes(column: HtcdsColumn, allowed: readonly string[]): string[] | undefined {
    const cell = this.#cells.get(column);
    if (cell === undefined) return undefined;
    const values: string[] = [];
    let unknown = 0;
    for (const part of cell.split(/[;\s]+/)) {
      if (part === '') continue;
      if (allowed.includes(part)) values.push(part);
      else unknown += 1;
    }
    if (unknown > 0) this.report('htcds_value_unknown', column);
    return values;
  }

  /** One code of an extension column that holds a single value; more are reported and dropped. */
  code(column: HtcdsColumn, allowed: readonly string[]): string | undefined {
    const values = this.codes(column, allowed);
    if (values !== undefined && values.length > 1)
      this.report('htcds_values_extra', column, { count: values.length - 1 });
    return values?.[0];
  }

  /** An ISO 639 language code (`es`, `que`), lower-cased. */
  language(column: HtcdsColumn): string | undefined {
    const text = this.#cells.get(column)?.toLowerCase();
    if (text === undefined) return undefined;
    if (/^[a-z]{2,3}$/.test(text)) return text;
    this.report('htcds_value_unknown', column);
    return undefined;
  }
}
