import { normalizeCountryCode } from './country.js';
import { INTL_TAGS, type Locale } from './locale.js';

/**
 * United Nations short names where they differ from CLDR's, in English, French and Spanish.
 * Source: UNTERM, the UN terminology database (unterm.un.org), "short name" of each member state
 * and of the State of Palestine; checked November 2026.
 */
export const UN_COUNTRY_NAMES: { readonly [code: string]: { readonly [L in Locale]: string } } = {
  BO: {
    en: 'Bolivia (Plurinational State of)',
    fr: 'Bolivie (État plurinational de)',
    es: 'Bolivia (Estado Plurinacional de)',
  },
  CD: {
    en: 'Democratic Republic of the Congo',
    fr: 'République démocratique du Congo',
    es: 'República Democrática del Congo',
  },
  CG: { en: 'Congo', fr: 'Congo', es: 'Congo' },
  CZ: { en: 'Czechia', fr: 'Tchéquie', es: 'Chequia' },
  FM: {
    en: 'Micronesia (Federated States of)',
    fr: 'Micronésie (États fédérés de)',
    es: 'Micronesia (Estados Federados de)',
  },
  GB: {
    en: 'United Kingdom of Great Britain and Northern Ireland',
    fr: 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    es: 'Reino Unido de Gran Bretaña e Irlanda del Norte',
  },
  IR: { en: 'Iran (Islamic Republic of)', fr: 'Iran (République islamique d’)', es: 'Irán (República Islámica del)' },
  KP: {
    en: 'Democratic People’s Republic of Korea',
    fr: 'République populaire démocratique de Corée',
    es: 'República Popular Democrática de Corea',
  },
  KR: { en: 'Republic of Korea', fr: 'République de Corée', es: 'República de Corea' },
  LA: {
    en: 'Lao People’s Democratic Republic',
    fr: 'République démocratique populaire lao',
    es: 'República Democrática Popular Lao',
  },
  MD: { en: 'Republic of Moldova', fr: 'République de Moldova', es: 'República de Moldova' },
  MK: { en: 'North Macedonia', fr: 'Macédoine du Nord', es: 'Macedonia del Norte' },
  NL: { en: 'Netherlands (Kingdom of the)', fr: 'Pays-Bas (Royaume des)', es: 'Países Bajos (Reino de los)' },
  PS: { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina' },
  RU: { en: 'Russian Federation', fr: 'Fédération de Russie', es: 'Federación de Rusia' },
  SY: { en: 'Syrian Arab Republic', fr: 'République arabe syrienne', es: 'República Árabe Siria' },
  TR: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' },
  TZ: { en: 'United Republic of Tanzania', fr: 'République-Unie de Tanzanie', es: 'República Unida de Tanzanía' },
  US: { en: 'United States of America', fr: 'États-Unis d’Amérique', es: 'Estados Unidos de América' },
  VE: {
    en: 'Venezuela (Bolivarian Republic of)',
    fr: 'Venezuela (République bolivarienne du)',
    es: 'Venezuela (República Bolivariana de)',
  },
  VN: { en: 'Viet Nam', fr: 'Viet Nam', es: 'Viet Nam' },
};

/** Options of {@link countryName}. */
export interface CountryNameOptions {
  /**
   * `un` (the default) uses {@link UN_COUNTRY_NAMES} where UN usage differs from CLDR, as IOM
   * documents do; `cldr` gives CLDR's name as `Intl.DisplayNames` knows it.
   */
  readonly names?: 'un' | 'cldr';
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/**
 * The name of a country in `locale`, from CLDR through `Intl.DisplayNames`, with UN short names
 * where they differ (see {@link UN_COUNTRY_NAMES}).
 *
 * The code is read the way {@link normalizeCountryCode} reads it, so `ec`, `EC` and `ECU` all give
 * Ecuador; an unknown code gives `undefined` (never the code echoed back, as `Intl` would).
 *
 * @example
 * countryName('EC', 'fr'); // 'Équateur'
 * countryName('BO', 'es'); // 'Bolivia (Estado Plurinacional de)'
 */
export function countryName(code: string, locale: Locale, options: CountryNameOptions = {}): string | undefined {
  const normalized = normalizeCountryCode(code).value;
  if (normalized === undefined) return undefined;
  if ((options.names ?? 'un') === 'un') {
    const un = UN_COUNTRY_NAMES[normalized];
    if (un !== undefined) return un[locale];
  }
  let names = displayNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([INTL_TAGS[locale]], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names.of(normalized);
}
