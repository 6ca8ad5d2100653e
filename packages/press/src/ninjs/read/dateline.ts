import { type CountryCode, datePart } from '@iom/core';
import { countryByName } from '../../countries.js';
import type { Dateline } from '../../model.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, trimmedString } from './properties.js';

/** A `located` text as place and country: `Quito, Ecuador`, `Ecuador` alone, or a place no country names. */
function placeAndCountry(located: string): { place?: string; country?: CountryCode; date?: string } {
  const whole = countryByName(located);
  if (whole !== undefined) return { country: whole };
  const comma = located.lastIndexOf(',');
  if (comma > 0) {
    const country = countryByName(located.slice(comma + 1));
    if (country !== undefined) return { place: located.slice(0, comma).trim(), country };
  }
  return { place: located };
}

/**
 * `located` → dateline. ninjs has no dateline date: the publication date (when known) stands in for it,
 * and that guess is reported (`ninjs_dateline_date_guessed`).
 */
export function readDateline(
  document: NinjsObject,
  publishedAt: string | undefined,
  note: Note,
): Pick<DraftFields, 'dateline'> {
  const located = trimmedString(document, 'located');
  if (located === undefined) return {};
  const dateline = placeAndCountry(located);
  if (publishedAt !== undefined) {
    dateline.date = datePart(publishedAt);
    note('ninjs_dateline_date_guessed', ['located']);
  }
  return { dateline: dateline as Dateline };
}
