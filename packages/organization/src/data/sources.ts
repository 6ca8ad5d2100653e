import type { Source } from '../source.js';

/** Public pages the data cites, by a short name (full list: the research notes of this repository). */
export const S = {
  structure: { url: 'https://www.iom.int/iom-organizational-structure' },
  structureFr: { url: 'https://www.iom.int/fr/qui-sommes-nous' },
  structureEs: { url: 'https://www.iom.int/es/estructura-de-la-organizacion' },
  director: { url: 'https://www.iom.int/iom-director-general' },
  officeDg: { url: 'https://www.iom.int/office-director-general' },
  officeDgEs: { url: 'https://www.iom.int/es/oficina-del-director-general' },
  ddgOps: { url: 'https://www.iom.int/iom-deputy-director-general-operations' },
  ddgMr: { url: 'https://www.iom.int/iom-deputy-director-general-management-and-reform-ad-interim' },
  osp: { url: 'https://www.iom.int/office-strategy-and-organizational-performance' },
  regionalFr: { url: 'https://www.iom.int/fr/bureaux-regionaux', note: '« huit bureaux régionaux »' },
  nineRegional: {
    url: 'https://www.iom.int/countries/burundi%3B',
    note: 'The nine regional offices (before 2024) and their geographical coverage',
  },
  since2011: {
    url: 'https://es.nearbywiki.org/detail/2248153',
    note: 'Wikipedia mirror: «Desde el 1 de julio de 2011, la estructura global de la OIM comprende: Nueve Oficinas Regionales … Dos Oficinas Especiales de Enlace … Dos Centros Administrativos»',
  },
  southAmerica2011: {
    url: 'https://www.iom.ch/es/america-del-sur',
    note: '«La Oficina Regional (OR) de la OIM para América del Sur fue creada en Julio del 2011 y está basada en Buenos Aires»',
  },
  southAmericaCountries: {
    url: 'https://robuenosaires.iom.int/es/oim-en-america-del-sur',
    note: '«presencia en diez países: Argentina, Brasil, Bolivia, Colombia, Chile, Ecuador, Paraguay, Perú, Uruguay y Venezuela»',
  },
  americas2024: {
    url: 'https://americas.iom.int/es/oficina-regional',
    note: '«creada en 2024 luego de que se concretara el proceso de fusión» of the Buenos Aires and San José offices; the day is not given: 1 January 2024 is used',
  },
  americasEn: { url: 'https://americas.iom.int/en/who-we-are' },
  liaison: { url: 'https://www.iom.int/special-liaison-offices' },
  adminCentres: { url: 'https://www.iom.int/administrative-centres' },
  manila: { url: 'https://www.iom.int/manila-administrative-centre', note: 'Set up in 2002' },
  seeeca: {
    url: 'https://www.iom.ch/south-eastern-europe-eastern-europe-and-central-asia',
    note: 'South-Eastern Europe, Eastern Europe and Central Asia; opened in 2011',
  },
  popeCroatia: {
    url: 'https://croatia.iom.int/news/amy-pope-makes-history-first-woman-director-general-iom',
    note: 'Elected 15 May 2023; term began 1 October 2023; first woman Director General',
  },
  councilEs: {
    url: 'https://www.iom.int/es/news/el-consejo-de-la-oim-elige-al-director-general',
    note: 'The Council elects the Director General for five years',
  },
  translationUnverified: {
    url: 'https://www.iom.int/iom-organizational-structure',
    note: 'English name from this page; the French and Spanish names are translations not found on iom.int',
  },
} as const satisfies Record<string, Source>;
