import { dateFns } from '#date-fns';
import type { Locale } from './locale.js';

/** How much a formatted date says: `short` 14/05/2024, `long` 14 May 2024, `full` Tuesday, 14 May 2024. */
export type DateStyle = 'short' | 'long' | 'full';

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /**
   * For a date-time: the IANA time zone it is shown in (`America/Guayaquil`); `UTC` by default, so
   * the output never depends on the machine. Ignored for a date, which has no zone.
   */
  readonly timeZone?: string;
  /** For a date-time: add the time of day (`14 May 2024 at 09:30`). */
  readonly time?: boolean;
}

const patterns: { readonly [S in DateStyle]: string } = { short: 'P', long: 'PPP', full: 'PPPP' };
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO date or date-time the way each language writes it, with date-fns locales
 * (English in the UN's British style):
 *
 * | style | en | fr | es |
 * |---|---|---|---|
 * | short | 01/10/2023 | 01/10/2023 | 01/10/2023 |
 * | long | 1 October 2023 | 1 octobre 2023 | 1 de octubre de 2023 |
 * | full | Sunday, 1 October 2023 | dimanche 1 octobre 2023 | domingo, 1 de octubre de 2023 |
 *
 * A date (`2023-10-01`) is formatted as the calendar date it names, never shifted by the machine's
 * time zone. A date-time is shown in `options.timeZone` (UTC by default).
 *
 * @throws RangeError when `value` is neither a real ISO date nor an ISO date-time: validate first with
 * {@link IsoDate} or {@link IsoDateTime}.
 */
export function formatDate(
  value: string | Date,
  locale: Locale,
  style: DateStyle = 'long',
  options: FormatDateOptions = {},
): string {
  const { format, TZDate, locales } = dateFns();
  const dateFnsLocale = locales[locale];
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (match !== null) {
    const [, year, month, day] = match;
    // A calendar date is built in local time and formatted in local time: no zone can shift it.
    const local = new Date(2000, 0, 1);
    // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
    local.setFullYear(Number(year), Number(month) - 1, Number(day));
    if (
      local.getFullYear() !== Number(year) ||
      local.getMonth() !== Number(month) - 1 ||
      local.getDate() !== Number(day)
    ) {
      throw new RangeError(`Not a real calendar date: ${value}`);
    }
    return format(local, patterns[style], { locale: dateFnsLocale });
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime()) || (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}T/.test(value))) {
    throw new RangeError('Not an ISO 8601 date or date-time');
  }
  const zoned = new TZDate(instant.getTime(), options.timeZone ?? 'UTC');
  if (Number.isNaN(zoned.getTime())) throw new RangeError(`Unknown time zone: ${options.timeZone}`);
  const pattern = options.time === true ? `${patterns[style]}p` : patterns[style];
  return format(zoned, pattern, { locale: dateFnsLocale });
}
