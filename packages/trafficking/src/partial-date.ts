import { isIsoDate, withJsonSchema } from '@iom/core';
import * as z from 'zod';
import { schemaIssues } from './messages/schema.js';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is a year (`2021`), a month (`2021-03`) or a real calendar date (`2021-03-09`). */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (match === null) return false;
  if (match[3] !== undefined) return isIsoDate(value);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12;
  }
  return true;
}

/**
 * A date as precise as the source gave it: a year (`2021`), a month (`2021-03`) or a day (`2021-03-09`),
 * ISO 8601. Dates are stored as given; coarser forms (a year for CTDC) are derived only at export.
 */
export const PartialDate = withJsonSchema(z.string().check(schemaIssues.check(isPartialDate, 'date_invalid')), () => ({
  type: 'string',
  anyOf: [{ format: 'date' }, { pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$' }],
}));
/** A year, month or day in ISO 8601. */
export type PartialDate = string;

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Compares two partial dates at the precision they share: negative when `a` is surely earlier, positive
 * when surely later, 0 when they cannot be told apart (`2021` and `2021-05` compare equal).
 */
export function comparePartialDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Whole years between two partial dates, or `undefined` when the precision given cannot tell the exact
 * number (both need a full date, except when years alone already decide it).
 */
export function fullYearsBetween(from: string, to: string): number | undefined {
  const years = yearOf(to) - yearOf(from);
  if (from.length === 10 && to.length === 10) {
    return from.slice(5) <= to.slice(5) ? years : years - 1;
  }
  if (from.length >= 7 && to.length >= 7 && from.slice(5, 7) !== to.slice(5, 7)) {
    return from.slice(5, 7) < to.slice(5, 7) ? years : years - 1;
  }
  return undefined;
}
