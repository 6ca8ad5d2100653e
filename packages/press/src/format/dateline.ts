import { countryName, formatDate, type Locale } from '@iom/core';
import type { Dateline } from '../model.js';

/** Options of {@link formatDateline}. */
export interface FormatDatelineOptions {
  /**
   * `iom` (the default) writes the place as IOM's sites do in every language ("Quito, Ecuador –");
   * `wire` writes it in capitals, as news agencies and schema.org's examples do ("QUITO, Ecuador –").
   */
  readonly style?: 'iom' | 'wire';
  /** Whether to add the country after the place; `true` by default. */
  readonly country?: boolean;
  /** Whether to add the date when the dateline has one; `true` by default. */
  readonly date?: boolean;
}

/**
 * Renders a dateline the way each language writes it, with an en dash before the date and the
 * date in the language's long style (English in the UN's British form):
 *
 * | locale | output |
 * |---|---|
 * | fr | Quito, Équateur – 12 juin 2024 |
 * | en | Quito, Ecuador – 12 June 2024 (`wire`: QUITO, Ecuador – 12 June 2024) |
 * | es | Quito, Ecuador – 12 de junio de 2024 |
 *
 * A dateline with a country only gives the country ("Équateur – 12 juin 2024"), as older IOM
 * releases did. Country names are the UN's, as `countryName` gives them.
 */
export function formatDateline(dateline: Dateline, locale: Locale, options: FormatDatelineOptions = {}): string {
  const parts: string[] = [];
  const country = dateline.country === undefined ? undefined : countryName(dateline.country, locale);
  if (dateline.place !== undefined) {
    parts.push(options.style === 'wire' ? dateline.place.toLocaleUpperCase(locale) : dateline.place);
  }
  if (country !== undefined && (options.country ?? true) && country !== dateline.place) {
    parts.push(dateline.place === undefined && options.style === 'wire' ? country.toLocaleUpperCase(locale) : country);
  }
  const where = parts.join(', ');
  if (dateline.date === undefined || options.date === false) return where;
  return `${where} – ${formatDate(dateline.date, locale, 'long')}`;
}
