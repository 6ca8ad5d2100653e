import type { DatedFigure, OrgStructure, OrgUnit, Post, Site, UnitLink } from '../model.js';
import { S } from './sources.js';

/*
 * Scope of this data (read before using it for history):
 * - The headquarters offices are the current (post-2023 reform) layout from
 *   iom.int/iom-organizational-structure. Their start dates are not published on the pages read, so
 *   they carry none: do not read them for dates before the reform.
 * - The field structure (regional offices, country offices listed here) is recorded from 1 July 2011,
 *   when the nine-regional-office structure took effect, with the 2024 merger of the Buenos Aires and
 *   San José offices into the Regional Office for the Americas in Panama. The sources give the year of
 *   the merger only: 1 January 2024 is used as its day, and 31 December 2023 as the last day of the
 *   two former offices.
 * - People appear only where a public page names them with dates.
 */

const DATA_START = '2011-07-01';
const MERGER = '2024-01-01';
const BEFORE_MERGER = '2023-12-31';

const hq = (id: string, name: OrgUnit['name'], sources: OrgUnit['sources'], extra: Partial<OrgUnit> = {}): OrgUnit => ({
  id,
  kind: 'headquarters_office',
  name,
  siteId: 'SITE_GVA',
  country: 'CH',
  sources,
  ...extra,
});

const units: OrgUnit[] = [
  hq(
    'ODG',
    {
      en: 'Office of the Director General',
      fr: 'Bureau du Directeur général',
      es: 'Oficina del Director General',
    },
    [S.officeDg, S.officeDgEs],
  ),
  hq(
    'ODDG_MR',
    {
      en: 'Office of the Deputy Director General for Management and Reform',
      fr: 'Bureau de la Directrice générale adjointe chargée de la gestion et des réformes',
      es: 'Oficina de la Directora General Adjunta de Gestión y Reforma',
    },
    [S.structure, S.structureFr, S.ddgMr],
  ),
  hq(
    'ODDG_OPS',
    {
      en: 'Office of the Deputy Director General for Operations',
      fr: 'Bureau de la Directrice générale adjointe chargée des opérations',
      es: 'Oficina de la Directora General Adjunta de Operaciones',
    },
    [S.structure, S.structureFr, S.ddgOps],
  ),
  hq(
    'OCOS',
    { en: 'Office of the Chief of Staff', fr: 'Bureau du Chef de Cabinet', es: 'Oficina del Jefe de Gabinete' },
    [S.structure, S.structureFr],
  ),
  hq(
    'OPAC',
    {
      en: 'Office of Partnerships, Advocacy and Communication',
      fr: 'Bureau des partenariats, de la sensibilisation et de la communication',
      es: 'Oficina de Alianzas, Promoción y Comunicación',
    },
    [
      S.structure,
      S.structureFr,
      { ...S.translationUnverified, note: 'The Spanish name is a translation not found on iom.int' },
    ],
    { acronym: 'OPAC' },
  ),
  hq(
    'OSOP',
    {
      en: 'Office of Strategy and Organizational Performance',
      fr: 'Bureau de la stratégie et de la performance institutionnelle',
      es: 'Oficina de Estrategia y Desempeño Institucional',
    },
    [
      S.osp,
      S.structureFr,
      {
        ...S.translationUnverified,
        note: 'Also written "Office of Strategy and Institutional Performance"; the Spanish name is a translation not found on iom.int',
      },
    ],
  ),
  // The independent offices report directly to the Director General (iom.int/iom-organizational-structure).
  hq(
    'OLA',
    { en: 'Office of Legal Affairs', fr: 'Bureau des affaires juridiques', es: 'Oficina de Asuntos Jurídicos' },
    [S.translationUnverified],
  ),
  hq(
    'OMBUDS',
    {
      en: 'Office of the Ombudsperson',
      fr: 'Bureau de l’Ombudsperson',
      es: 'Oficina del Ombudsperson',
    },
    [S.translationUnverified],
  ),
  hq(
    'OIOS',
    {
      en: 'Office of Internal Oversight Services',
      fr: 'Bureau des services de contrôle interne',
      es: 'Oficina de Servicios de Supervisión Interna',
    },
    [S.translationUnverified],
  ),
  hq(
    'OEP',
    {
      en: 'Office of Ethics and PSEAH',
      fr: 'Bureau de l’éthique et de la PEAHS',
      es: 'Oficina de Ética y PEAS/HS',
    },
    [
      {
        ...S.translationUnverified,
        note: 'PSEAH: Prevention of Sexual Exploitation and Abuse and Sexual Harassment; the French and Spanish acronyms are translations not found on iom.int',
      },
    ],
  ),
  {
    id: 'SLO_ADD',
    kind: 'special_liaison_office',
    name: {
      en: 'Special Liaison Office in Addis Ababa',
      fr: 'Bureau spécial de liaison à Addis-Abeba',
      es: 'Oficina Especial de Enlace en Addis Abeba',
    },
    country: 'ET',
    siteId: 'SITE_ADD',
    sources: [S.liaison, S.since2011, { ...S.structure, note: 'Listed under the Office of the Chief of Staff' }],
  },
  {
    id: 'SLO_NYC',
    kind: 'special_liaison_office',
    name: {
      en: 'IOM Office to the United Nations in New York',
      fr: 'Bureau de l’OIM auprès de l’Organisation des Nations Unies à New York',
      es: 'Oficina de la OIM ante las Naciones Unidas en Nueva York',
    },
    country: 'US',
    siteId: 'SITE_NYC',
    sources: [
      S.liaison,
      S.since2011,
      { ...S.structure, note: 'Listed under the Office of Partnerships, Advocacy and Communication' },
    ],
  },
  {
    id: 'MAC',
    kind: 'administrative_centre',
    acronym: 'MAC',
    name: {
      en: 'Manila Administrative Centre',
      fr: 'Centre administratif de Manille',
      es: 'Centro Administrativo de Manila',
    },
    country: 'PH',
    siteId: 'SITE_MNL',
    sources: [
      S.adminCentres,
      S.manila,
      {
        ...S.officeDg,
        note: 'The structure before 2023 lists the Manila and Panama Administrative Centres under the Deputy Director General for Management and Reform',
      },
    ],
  },
  {
    id: 'PAC',
    kind: 'administrative_centre',
    acronym: 'PAC',
    name: {
      en: 'Panama Administrative Centre',
      fr: 'Centre administratif de Panama',
      es: 'Centro Administrativo de Panamá',
    },
    country: 'PA',
    siteId: 'SITE_PTY',
    sources: [S.adminCentres, S.since2011],
  },
];

const regional = (
  id: string,
  country: string,
  siteId: string,
  region: OrgUnit['name'],
  name: OrgUnit['name'],
  extra: Partial<OrgUnit> = {},
): OrgUnit => ({
  id,
  kind: 'regional_office',
  name,
  region,
  country,
  siteId,
  validFrom: DATA_START,
  sources: [S.since2011, S.nineRegional, S.regionalFr],
  ...extra,
});

const SOUTH_AMERICA = ['AR', 'BR', 'BO', 'CO', 'CL', 'EC', 'PY', 'PE', 'UY', 'VE'];

const regionalOffices: OrgUnit[] = [
  regional(
    'RO_BKK',
    'TH',
    'SITE_BKK',
    { en: 'Asia and the Pacific', fr: 'Asie et Pacifique', es: 'Asia y el Pacífico' },
    {
      en: 'Regional Office for Asia and the Pacific',
      fr: 'Bureau régional pour l’Asie et le Pacifique',
      es: 'Oficina Regional para Asia y el Pacífico',
    },
  ),
  regional(
    'RO_BRU',
    'BE',
    'SITE_BRU',
    { en: 'European Economic Area', fr: 'Espace économique européen', es: 'Espacio Económico Europeo' },
    {
      en: 'Regional Office for the European Economic Area',
      fr: 'Bureau régional pour l’Espace économique européen',
      es: 'Oficina Regional para el Espacio Económico Europeo',
    },
  ),
  regional(
    'RO_CAI',
    'EG',
    'SITE_CAI',
    {
      en: 'Middle East and North Africa',
      fr: 'Moyen-Orient et Afrique du Nord',
      es: 'Oriente Medio y Norte de África',
    },
    {
      en: 'Regional Office for the Middle East and North Africa',
      fr: 'Bureau régional pour le Moyen-Orient et l’Afrique du Nord',
      es: 'Oficina Regional para Oriente Medio y Norte de África',
    },
  ),
  regional(
    'RO_DKR',
    'SN',
    'SITE_DKR',
    { en: 'West and Central Africa', fr: 'Afrique de l’Ouest et du Centre', es: 'África Occidental y Central' },
    {
      en: 'Regional Office for West and Central Africa',
      fr: 'Bureau régional pour l’Afrique de l’Ouest et du Centre',
      es: 'Oficina Regional para África Occidental y Central',
    },
  ),
  regional(
    'RO_NBO',
    'KE',
    'SITE_NBO',
    {
      en: 'East and Horn of Africa',
      fr: 'Afrique de l’Est et Corne de l’Afrique',
      es: 'África Oriental y el Cuerno de África',
    },
    {
      en: 'Regional Office for East and Horn of Africa',
      fr: 'Bureau régional pour l’Afrique de l’Est et la Corne de l’Afrique',
      es: 'Oficina Regional para África Oriental y el Cuerno de África',
    },
  ),
  regional(
    'RO_PRY',
    'ZA',
    'SITE_PRY',
    { en: 'Southern Africa', fr: 'Afrique australe', es: 'África Meridional' },
    {
      en: 'Regional Office for Southern Africa',
      fr: 'Bureau régional pour l’Afrique australe',
      es: 'Oficina Regional para África Meridional',
    },
  ),
  regional(
    'RO_VIE',
    'AT',
    'SITE_VIE',
    {
      en: 'South-Eastern Europe, Eastern Europe and Central Asia',
      fr: 'Europe du Sud-Est, Europe orientale et Asie centrale',
      es: 'Europa Sudoriental, Europa Oriental y Asia Central',
    },
    {
      en: 'Regional Office for South-Eastern Europe, Eastern Europe and Central Asia',
      fr: 'Bureau régional pour l’Europe du Sud-Est, l’Europe orientale et l’Asie centrale',
      es: 'Oficina Regional para Europa Sudoriental, Europa Oriental y Asia Central',
    },
    { sources: [S.since2011, S.nineRegional, S.regionalFr, S.seeeca] },
  ),
  regional(
    'RO_BUE',
    'AR',
    'SITE_BUE',
    { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur' },
    {
      en: 'Regional Office for South America',
      fr: 'Bureau régional pour l’Amérique du Sud',
      es: 'Oficina Regional para América del Sur',
    },
    {
      validUntil: BEFORE_MERGER,
      coverage: SOUTH_AMERICA,
      sources: [S.southAmerica2011, S.southAmericaCountries, S.nineRegional, S.americas2024],
    },
  ),
  regional(
    'RO_SJO',
    'CR',
    'SITE_SJO',
    {
      en: 'Central America, North America and the Caribbean',
      fr: 'Amérique centrale, Amérique du Nord et Caraïbes',
      es: 'Centroamérica, Norteamérica y el Caribe',
    },
    {
      en: 'Regional Office for Central America, North America and the Caribbean',
      fr: 'Bureau régional pour l’Amérique centrale, l’Amérique du Nord et les Caraïbes',
      es: 'Oficina Regional para Centroamérica, Norteamérica y el Caribe',
    },
    { validUntil: BEFORE_MERGER, sources: [S.since2011, S.nineRegional, S.americas2024] },
  ),
  regional(
    'RO_PTY',
    'PA',
    'SITE_PTY',
    { en: 'The Americas', fr: 'Amériques', es: 'Las Américas' },
    {
      en: 'Regional Office for the Americas',
      fr: 'Bureau régional pour les Amériques',
      es: 'Oficina Regional de las Américas',
    },
    {
      validFrom: MERGER,
      replaces: ['RO_BUE', 'RO_SJO'],
      // Partial coverage: the ten countries of the former South America office. The countries of the
      // former San José office are not listed by the sources read.
      coverage: SOUTH_AMERICA,
      sources: [S.americas2024, S.americasEn, S.regionalFr, S.southAmericaCountries],
    },
  ),
];

const countryOffice = (id: string, country: string, name: OrgUnit['name']): OrgUnit => ({
  id,
  kind: 'country_office',
  name,
  country,
  validFrom: DATA_START,
  sources: [
    {
      ...S.southAmericaCountries,
      note: 'IOM present in this country; recorded from the 2011 regional structure (the mission itself is older: see @iom/missions)',
    },
  ],
});

const countryOffices: OrgUnit[] = [
  countryOffice('CO_CO', 'CO', { en: 'IOM Colombia', fr: 'OIM Colombie', es: 'OIM Colombia' }),
  countryOffice('CO_EC', 'EC', { en: 'IOM Ecuador', fr: 'OIM Équateur', es: 'OIM Ecuador' }),
  countryOffice('CO_PE', 'PE', { en: 'IOM Peru', fr: 'OIM Pérou', es: 'OIM Perú' }),
];

const link = (child: string, parent: string, extra: Partial<UnitLink> = {}): UnitLink => ({
  child,
  parent,
  sources: [S.structure],
  ...extra,
});

const links: UnitLink[] = [
  ...['ODDG_MR', 'ODDG_OPS', 'OCOS', 'OPAC', 'OSOP', 'OLA', 'OMBUDS', 'OIOS', 'OEP'].map((id) => link(id, 'ODG')),
  link('SLO_ADD', 'OCOS'),
  link('SLO_NYC', 'OPAC'),
  link('MAC', 'ODDG_MR', { sources: [S.officeDg] }),
  link('PAC', 'ODDG_MR', { sources: [S.officeDg] }),
  ...regionalOffices.map((office) =>
    link(office.id, 'OCOS', {
      ...(office.validFrom === undefined ? {} : { validFrom: office.validFrom }),
      ...(office.validUntil === undefined ? {} : { validUntil: office.validUntil }),
      sources: [{ ...S.structure, note: 'Regional Offices are listed under the Office of the Chief of Staff' }],
    }),
  ),
  ...countryOffices.flatMap((office) => [
    link(office.id, 'RO_BUE', {
      validFrom: DATA_START,
      validUntil: BEFORE_MERGER,
      sources: [S.southAmericaCountries],
    }),
    link(office.id, 'RO_PTY', { validFrom: MERGER, sources: [S.americas2024] }),
  ]),
];

const posts: Post[] = [
  { id: 'DG', kind: 'director_general', unitId: 'ODG', singleHolder: true, sources: [S.director, S.councilEs] },
  {
    id: 'DDG_MR',
    kind: 'deputy_director_general',
    unitId: 'ODDG_MR',
    singleHolder: true,
    reportsTo: 'DG',
    title: {
      en: 'Deputy Director General for Management and Reform',
      fr: {
        masculine: 'Directeur général adjoint chargé de la gestion et des réformes',
        feminine: 'Directrice générale adjointe chargée de la gestion et des réformes',
        neutral: 'Directeur général adjoint / Directrice générale adjointe chargé(e) de la gestion et des réformes',
      },
      es: {
        masculine: 'Director General Adjunto de Gestión y Reforma',
        feminine: 'Directora General Adjunta de Gestión y Reforma',
        neutral: 'Director General Adjunto / Directora General Adjunta de Gestión y Reforma',
      },
    },
    sources: [S.director, S.structureFr, S.ddgMr],
  },
  {
    id: 'DDG_OPS',
    kind: 'deputy_director_general',
    unitId: 'ODDG_OPS',
    singleHolder: true,
    reportsTo: 'DG',
    title: {
      en: 'Deputy Director General for Operations',
      fr: {
        masculine: 'Directeur général adjoint chargé des opérations',
        feminine: 'Directrice générale adjointe chargée des opérations',
        neutral: 'Directeur général adjoint / Directrice générale adjointe chargé(e) des opérations',
      },
      es: {
        masculine: 'Director General Adjunto de Operaciones',
        feminine: 'Directora General Adjunta de Operaciones',
        neutral: 'Director General Adjunto / Directora General Adjunta de Operaciones',
      },
    },
    sources: [S.director, S.structureFr, S.ddgOps],
  },
  { id: 'COS', kind: 'chief_of_staff', unitId: 'OCOS', singleHolder: true, reportsTo: 'DG', sources: [S.director] },
  ...regionalOffices.map(
    (office): Post => ({
      id: `RD_${office.id.slice(3)}`,
      kind: 'regional_director',
      unitId: office.id,
      singleHolder: true,
      ...(office.validFrom === undefined ? {} : { validFrom: office.validFrom }),
      ...(office.validUntil === undefined ? {} : { validUntil: office.validUntil }),
      sources: [S.nineRegional],
    }),
  ),
  ...countryOffices.map(
    (office): Post => ({
      id: `COM_${office.country}`,
      kind: 'chief_of_mission',
      unitId: office.id,
      singleHolder: true,
      validFrom: DATA_START,
      sources: [
        { url: 'https://www.iom.int/country-offices', note: 'Country offices are headed by a Chief of Mission' },
      ],
    }),
  ),
];

const site = (id: string, city: Site['city'], country: string, sources: Site['sources']): Site => ({
  id,
  name: { en: `IOM in ${city.en}`, fr: `OIM à ${city.fr}`, es: `OIM en ${city.es}` },
  city,
  country,
  sources,
});

const sites: Site[] = [
  {
    ...site('SITE_GVA', { en: 'Geneva', fr: 'Genève', es: 'Ginebra' }, 'CH', [S.structure]),
    name: { en: 'IOM Headquarters', fr: 'Siège de l’OIM', es: 'Sede de la OIM' },
  },
  site('SITE_BKK', { en: 'Bangkok', fr: 'Bangkok', es: 'Bangkok' }, 'TH', [S.nineRegional]),
  site('SITE_BRU', { en: 'Brussels', fr: 'Bruxelles', es: 'Bruselas' }, 'BE', [S.nineRegional]),
  site('SITE_CAI', { en: 'Cairo', fr: 'Le Caire', es: 'El Cairo' }, 'EG', [S.nineRegional]),
  site('SITE_DKR', { en: 'Dakar', fr: 'Dakar', es: 'Dakar' }, 'SN', [S.nineRegional]),
  site('SITE_NBO', { en: 'Nairobi', fr: 'Nairobi', es: 'Nairobi' }, 'KE', [S.nineRegional]),
  site('SITE_PRY', { en: 'Pretoria', fr: 'Pretoria', es: 'Pretoria' }, 'ZA', [S.nineRegional]),
  site('SITE_VIE', { en: 'Vienna', fr: 'Vienne', es: 'Viena' }, 'AT', [S.nineRegional]),
  site('SITE_BUE', { en: 'Buenos Aires', fr: 'Buenos Aires', es: 'Buenos Aires' }, 'AR', [S.nineRegional]),
  site('SITE_SJO', { en: 'San José', fr: 'San José', es: 'San José' }, 'CR', [S.nineRegional]),
  site('SITE_PTY', { en: 'Panama City', fr: 'Panama', es: 'Ciudad de Panamá' }, 'PA', [S.americas2024, S.adminCentres]),
  site('SITE_MNL', { en: 'Manila', fr: 'Manille', es: 'Manila' }, 'PH', [S.adminCentres]),
  site('SITE_ADD', { en: 'Addis Ababa', fr: 'Addis-Abeba', es: 'Addis Abeba' }, 'ET', [S.liaison]),
  site('SITE_NYC', { en: 'New York', fr: 'New York', es: 'Nueva York' }, 'US', [S.liaison]),
];

const figures: DatedFigure[] = [
  {
    id: 'MEMBER_STATES_2024',
    measure: 'member_states',
    value: 175,
    asOf: '2024',
    sources: [S.structure, S.structureFr, S.americas2024],
  },
  {
    id: 'OBSERVER_STATES_2024',
    measure: 'observer_states',
    value: 8,
    asOf: '2024',
    sources: [S.structureFr, S.americas2024],
  },
  {
    id: 'COUNTRIES_2024',
    measure: 'countries_with_presence',
    value: 171,
    asOf: '2024',
    sources: [S.structure, S.structureFr, S.americas2024],
  },
];

/**
 * IOM's structure as public IOM pages describe it, each fact with its `sources`: the headquarters
 * offices of the current layout (Director General, the two Deputy Directors General, the Offices of
 * the Chief of Staff, of Partnerships, Advocacy and Communication, and of Strategy and
 * Organizational Performance, the independent offices), the two special liaison offices, the two
 * administrative centres, the regional offices from 1 July 2011 with the 2024 merger of Buenos
 * Aires and San José into Panama, the country offices of Colombia, Ecuador and Peru, the Directors
 * General since 2018 and the membership figures.
 *
 * Its scope and approximations are described in the package README.
 */
export const iomStructure: OrgStructure = {
  $kind: 'iom.org-structure@1',
  organization: {
    id: 'IOM',
    name: {
      en: 'International Organization for Migration',
      fr: 'Organisation internationale pour les migrations',
      es: 'Organización Internacional para las Migraciones',
    },
    acronym: { en: 'IOM', fr: 'OIM', es: 'OIM' },
    foundingDate: '1951-12',
    headquartersSiteId: 'SITE_GVA',
    sources: [S.structureFr, S.councilEs],
  },
  units: [...units, ...regionalOffices, ...countryOffices],
  links,
  posts,
  people: [
    { id: 'amy-pope', name: 'Amy E. Pope', grammaticalGender: 'feminine', sources: [S.popeCroatia, S.structureFr] },
    {
      id: 'antonio-vitorino',
      name: 'António Vitorino',
      grammaticalGender: 'masculine',
      sources: [S.popeCroatia],
    },
  ],
  memberships: [
    {
      id: 'DG-pope',
      personId: 'amy-pope',
      postId: 'DG',
      validFrom: '2023-10-01',
      sources: [S.popeCroatia, S.director],
    },
    {
      id: 'DG-vitorino',
      personId: 'antonio-vitorino',
      postId: 'DG',
      validFrom: '2018-10-01',
      validUntil: '2023-09-30',
      sources: [
        {
          ...S.popeCroatia,
          note: 'Director General October 2018 – September 2023; his successor’s term began on 1 October 2023. The first day of October 2018 is taken as his first day, as for his successor',
        },
      ],
    },
  ],
  sites,
  figures,
};

/** IOM's membership and presence figures as dated facts (175 Member States, 8 observer States, 171 countries). */
export const iomFigures: readonly DatedFigure[] = figures;
