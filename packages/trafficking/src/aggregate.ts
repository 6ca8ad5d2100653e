import type { TraffickingCaseAnyVersion } from './case-record.js';
import type { ExploitationType } from './codes.js';
import { countryOfExploitation, registrationYear } from './derive.js';

/** Options of {@link countCases}. */
export interface CountCasesOptions {
  /**
   * Cells counting fewer cases than this (but at least one) are suppressed; 11 by default, as CTDC's k.
   * Counts are never rounded.
   */
  readonly threshold?: number;
  /** Which country to count by: of exploitation (default; CTDC's proxy rules apply) or citizenship. */
  readonly country?: 'exploitation' | 'citizenship';
}

/** One cell of {@link countCases}: cases by exploitation type, country and year. */
export interface CaseCount {
  /** The exploitation type answered yes. */
  readonly exploitationType: ExploitationType;
  /** ISO 3166-1 alpha-2, or `null` when unknown. */
  readonly country: string | null;
  /** The year of registration, or `null` when unknown. */
  readonly year: number | null;
  /** The number of cases, or `null` when suppressed. */
  readonly count: number | null;
  /** Whether the count was suppressed because it is below the threshold. */
  readonly suppressed: boolean;
}

/**
 * Counts cases by exploitation type (each type answered yes; a case with two types counts in both),
 * country and year, sorted by type, country and year. A cell with fewer cases than the threshold is kept
 * with `count: null` and `suppressed: true`, so small numbers never leave. No totals are given, so a
 * suppressed cell cannot be recomputed from them.
 */
export function countCases(
  records: readonly TraffickingCaseAnyVersion[],
  options: CountCasesOptions = {},
): CaseCount[] {
  const threshold = options.threshold ?? 11;
  const counts = new Map<
    string,
    { type: ExploitationType; country: string | null; year: number | null; count: number }
  >();
  for (const record of records) {
    const country =
      (options.country === 'citizenship' ? record.person?.citizenship?.[0] : countryOfExploitation(record)) ?? null;
    const year = registrationYear(record) ?? null;
    for (const [type, answer] of Object.entries(record.exploitation?.types ?? {})) {
      if (answer !== 'yes') continue;
      const key = JSON.stringify([type, country, year]);
      const cell = counts.get(key) ?? { type: type as ExploitationType, country, year, count: 0 };
      cell.count += 1;
      counts.set(key, cell);
    }
  }
  return [...counts.values()]
    .sort(
      (a, b) =>
        a.type.localeCompare(b.type) ||
        (a.country ?? '').localeCompare(b.country ?? '') ||
        (a.year ?? 0) - (b.year ?? 0),
    )
    .map((cell) => {
      const suppressed = cell.count < threshold;
      return {
        exploitationType: cell.type,
        country: cell.country,
        year: cell.year,
        count: suppressed ? null : cell.count,
        suppressed,
      };
    });
}
