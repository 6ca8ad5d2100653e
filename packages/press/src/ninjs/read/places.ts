import { type CountryCode, isCountryCode, shortenForMessage } from '@iom/core';
import { countryByName } from '../../countries.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

/** The country code an IPTC `iso3166-1a2` URI ends with (`http://cvx.iptc.org/iso3166-1a2/ve` → `VE`). */
const IPTC_COUNTRY_URI = /iso3166-1a2\/([a-z]{2})$/iu;

/**
 * `places` → countries: by IPTC country URI, by an uppercase literal that is a country code, else by the
 * name in any of the three languages. Places that are not countries (regions, cities) are reported.
 */
export function readPlaces(document: NinjsObject, note: Note): Pick<DraftFields, 'countries'> {
  const countries: CountryCode[] = [];
  objectList(document, 'places').forEach((place, index) => {
    const uriCode = IPTC_COUNTRY_URI.exec(trimmedString(place, 'uri') ?? '')?.[1]?.toUpperCase();
    const literal = trimmedString(place, 'literal');
    const name = trimmedString(place, 'name');
    const code =
      [uriCode, literal?.toUpperCase() === literal ? literal : undefined].find(
        (candidate) => candidate !== undefined && isCountryCode(candidate),
      ) ?? (name === undefined ? undefined : countryByName(name));
    if (code === undefined) {
      note('ninjs_place_unmatched', ['places', index], { name: shortenForMessage(name ?? literal ?? '?', 60) });
    } else if (!countries.includes(code)) countries.push(code);
  });
  return countries.length > 0 ? { countries } : {};
}
