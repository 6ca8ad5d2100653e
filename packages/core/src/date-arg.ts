import { isIsoDate } from './date.js';
import type { LocalizedArg } from './issue.js';
import { INTL_TAGS, LOCALES, type Locale } from './locale.js';

// Built on first use, never at import (a test spies on Intl's constructors), one per locale.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

function formatterOf(locale: Locale): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * An ISO date written out in every locale, as a message argument ({@link LocalizedArg}): `1 January
 * 2024`, `1 janvier 2024`, `1 de enero de 2024`. Whole-record rules run inside a schema and do not know the
 * caller's locale, so they give each form and the message picks its own.
 *
 * CLDR through `Intl`, not `formatDate`: a schema's bundle then carries no date library for its rules'
 * messages (date-fns's `format` and three locales cost a structure's schema about 14 kB gzip, measured).
 * A value that is not a real calendar date is given as written, never a throw.
 *
 * @example
 * dateArg('2024-01-01').fr; // '1 janvier 2024'
 */
export function dateArg(date: string): LocalizedArg {
  if (!isIsoDate(date)) return { en: date, fr: date, es: date };
  const [year, month, day] = date.split('-').map(Number);
  const instant = new Date(0);
  instant.setUTCFullYear(year ?? 0, (month ?? 1) - 1, day ?? 1);
  const [en, fr, es] = LOCALES.map((locale) => formatterOf(locale).format(instant));
  return { en: en ?? date, fr: fr ?? date, es: es ?? date };
}
