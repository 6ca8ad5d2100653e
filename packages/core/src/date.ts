import * as z from 'zod';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601). Only real dates pass: `2023-02-30` and
 * `2023-02-29` fail with `invalid_format` (format `date`), `2024-02-29` passes. A date has no
 * time zone and never shifts a day, whatever the machine's zone ({@link formatDate}).
 */
export const IsoDate = z.iso.date();
/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A date and time written in ISO 8601 with its offset: `2024-05-14T09:30:00Z` or
 * `2024-05-14T09:30:00-05:00`, seconds and fractions optional. Only real dates pass; a time without
 * an offset fails, because it does not say which instant it is.
 */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A date and time in ISO 8601 with an offset. */
export type IsoDateTime = string;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  // The same answer as IsoDate.safeParse (a test proves it on random input), without a zod parse:
  // partial-date checks of large case files call this for every date.
  if (typeof value !== 'string' || !DATE_SHAPE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Days in `month` (1–12) of `year`, proleptic Gregorian, as z.iso.date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The calendar date of an {@link IsoDate} or the date part of an {@link IsoDateTime} as written
 * (no time-zone conversion): `2024-05-14T23:30:00-05:00` → `2024-05-14`. Used to compare dates of
 * different forms, since ISO dates of the same form sort as text.
 */
export function datePart(value: IsoDate | IsoDateTime): IsoDate {
  return value.slice(0, 10);
}

/**
 * Compares two ISO dates (`YYYY-MM-DD`) or two date-times in the same offset as text would sort them:
 * negative when `a` is earlier, positive when later, 0 when equal.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
