import { IsoDate } from '@iom/core';
import * as z from 'zod';
import { dateFns } from '#date-fns';

/**
 * When a fact holds: from `validFrom` to `validUntil`, both days included. A missing `validFrom`
 * means "since before anything recorded here"; a missing `validUntil` means "still in force".
 */
export const Validity = z.object({
  /** The first day the fact holds (ISO date); absent when it holds since before any recorded date. */
  validFrom: IsoDate.optional(),
  /** The last day the fact holds (ISO date, included); absent while it still holds. */
  validUntil: IsoDate.optional(),
});
/** When a fact holds, both days included. */
export type Validity = {
  /** The first day the fact holds (ISO date); absent when it holds since before any recorded date. */
  validFrom?: IsoDate | undefined;
  /** The last day the fact holds (ISO date, included); absent while it still holds. */
  validUntil?: IsoDate | undefined;
};

/** The earliest date of the model: the start of everything that has no `validFrom`. */
export const BEGINNING = '0000-01-01';
/** The latest date of the model: the end of everything that has no `validUntil`. */
export const END = '9999-12-31';

/** Whether `item` holds on `date` (an ISO date). */
export function isValidAt(item: Validity, date: string): boolean {
  return (item.validFrom ?? BEGINNING) <= date && date <= (item.validUntil ?? END);
}

/** Whether two validity ranges share at least one day. */
export function overlaps(a: Validity, b: Validity): boolean {
  return (a.validFrom ?? BEGINNING) <= (b.validUntil ?? END) && (b.validFrom ?? BEGINNING) <= (a.validUntil ?? END);
}

/** The first day both ranges hold (assuming they overlap). */
export function overlapStart(a: Validity, b: Validity): string {
  const from = [a.validFrom ?? BEGINNING, b.validFrom ?? BEGINNING].sort();
  return from[1] ?? BEGINNING;
}

// The rules of a structure ask for the day after the same few hundred dates on every check, and
// date-fns parses and formats each time (about 15% of validateStructure's time in a profile): the
// answers are remembered, up to a bound that keeps other callers from growing the cache.
const NEXT_DAYS = new Map<string, string>();
const NEXT_DAYS_CAP = 4096;

/** The day after an ISO date, or `undefined` after {@link END}. */
export function nextDay(date: string): string | undefined {
  if (date >= END) return undefined;
  let next = NEXT_DAYS.get(date);
  if (next === undefined) {
    const { addDays, lightFormat } = dateFns();
    const [year, month, day] = date.split('-').map(Number);
    // A calendar date in local time; setFullYear, as the constructor reads years 0–99 as 1900–1999.
    const local = new Date(2000, 0, 1);
    local.setFullYear(year ?? 0, (month ?? 1) - 1, day ?? 1);
    next = lightFormat(addDays(local, 1), 'yyyy-MM-dd');
    if (NEXT_DAYS.size < NEXT_DAYS_CAP) NEXT_DAYS.set(date, next);
  }
  return next;
}

/**
 * The change points of a set of validity ranges, sorted: {@link BEGINNING}, every `validFrom` and
 * the day after every `validUntil`. Between two consecutive change points nothing starts or ends,
 * so a rule that holds at every change point holds on every date.
 */
export function changePoints(items: Iterable<Validity>): string[] {
  const points = new Set<string>([BEGINNING]);
  for (const item of items) {
    if (item.validFrom !== undefined) points.add(item.validFrom);
    if (item.validUntil !== undefined) {
      const after = nextDay(item.validUntil);
      if (after !== undefined) points.add(after);
    }
  }
  return [...points].sort();
}

/** Whether the range ends before it starts. */
export function isOutOfOrder(item: Validity): boolean {
  return item.validFrom !== undefined && item.validUntil !== undefined && item.validFrom > item.validUntil;
}

/**
 * Calls `report(earlier, later)` for each item that overlaps an item starting before it (items in any
 * order). One pass over the items sorted by start, keeping only the earlier item that ends last:
 * O(n log n), where comparing every pair would be quadratic in a structure's thousands of terms.
 */
export function sweepOverlaps<T extends Validity>(items: readonly T[], report: (earlier: T, later: T) => void): void {
  const sorted = [...items].sort((a, b) => ((a.validFrom ?? BEGINNING) < (b.validFrom ?? BEGINNING) ? -1 : 1));
  let latest: T | undefined;
  for (const item of sorted) {
    if (latest !== undefined && (latest.validUntil ?? END) >= (item.validFrom ?? BEGINNING)) report(latest, item);
    if (latest === undefined || (item.validUntil ?? END) > (latest.validUntil ?? END)) latest = item;
  }
}
