// Plain checks shared by the hand-written validators: the practical limit a careful developer writes by
// hand, with no library. Each validator returns every problem found as { path, code }.

/** A problem found by a hand-written validator. */
export interface Problem {
  readonly path: (string | number)[];
  readonly code: string;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is a non-empty string. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `value` is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS[month - 1] ?? 0);
}

const PARTIAL = /^\d{4}(?:-(\d{2}))?(?:-\d{2})?$/;

/** Whether `value` is a year, a month or a calendar date. */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = PARTIAL.exec(value);
  if (match === null) return false;
  if (value.length === 10) return isIsoDate(value);
  if (value.length === 7) {
    const month = Number(match[1]);
    return month >= 1 && month <= 12;
  }
  return value.length === 4;
}

/** Whether `value` is a whole number within [min, max]. */
export function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
