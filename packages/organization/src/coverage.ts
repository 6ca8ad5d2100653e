import type { CoverageList, OrgUnit } from './model.js';
import { BEGINNING, END, isValidAt, type Validity } from './validity.js';

/**
 * The period a coverage list of `unit` is in force: the list's own dates, within the unit's
 * (a list without dates holds for the unit's whole validity).
 */
export function coveragePeriod(unit: Validity, list: Validity): Validity {
  const from = [unit.validFrom ?? BEGINNING, list.validFrom ?? BEGINNING].sort()[1] ?? BEGINNING;
  const until = [unit.validUntil ?? END, list.validUntil ?? END].sort()[0] ?? END;
  const period: Validity = {};
  if (from !== BEGINNING) period.validFrom = from;
  if (until !== END) period.validUntil = until;
  return period;
}

/** The coverage list of `unit` in force on `date` (an ISO date), if any. */
export function coverageListAt(unit: OrgUnit, date: string): CoverageList | undefined {
  if (!isValidAt(unit, date)) return undefined;
  return unit.coverage?.find((list) => isValidAt(coveragePeriod(unit, list), date));
}

/**
 * The countries `unit` covers on `date` (an ISO date): those of its coverage list in force then;
 * empty when none is.
 */
export function coverageAt(unit: OrgUnit, date: string): readonly string[] {
  return coverageListAt(unit, date)?.countries ?? [];
}
