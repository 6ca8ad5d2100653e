import { CountryMission } from '../model.js';

/*
 * Example data for the three missions named in the French press release "Réunion tri-nationale
 * visant à éradiquer la traite d'êtres humains" (iom.int/fr/news/...). Only facts a public page
 * states are recorded, each with its source. No sub-office is recorded: none of the pages read lists
 * one. Heads of mission appear as mentions (a source naming them at a time), not as dated terms,
 * because no page read gives the first and last days of their terms.
 */

const TRI_NATIONAL = {
  url: 'https://www.iom.int/fr/news/reunion-tri-nationale-visant-eradiquer-la-traite-detres-humains',
  note: 'Meeting organised by the IOM missions in Colombia, Ecuador and Peru',
};

/** IOM's mission in Ecuador (example data, with sources). */
export const ecuadorMission: CountryMission = CountryMission.parse({
  $kind: 'iom.country-mission@1',
  id: 'MISSION_EC',
  country: 'EC',
  name: { en: 'IOM Ecuador', fr: 'OIM Équateur', es: 'OIM Ecuador' },
  yearEstablished: 1965,
  unitId: 'CO_EC',
  mainOffice: {
    id: 'OFFICE_EC_UIO',
    kind: 'country_office',
    city: { en: 'Quito', fr: 'Quito', es: 'Quito' },
    subdivision: 'EC-P',
    unitId: 'CO_EC',
    sources: [{ url: 'https://www.oim.org.ec/drupal/es/OIM%20en%20Ecuador', note: 'Office in Quito' }],
  },
  mentions: [
    {
      name: 'Alejandro Guidi',
      role: 'chief_of_mission',
      sources: [
        {
          ...TRI_NATIONAL,
          note: '« Alejandro Guidi, chef de mission de l’OIM en Equateur »; the release is not dated on the page (about 2009)',
        },
      ],
    },
    {
      name: 'Argentina Santacruz',
      role: 'officer_in_charge',
      attestedOn: '2014-09',
      sources: [
        { url: 'https://issuu.com/iomdrd', note: 'IOM Ecuador newsletter, September 2014: "Officer in Charge of IOM"' },
      ],
    },
  ],
  contactPoints: [
    {
      name: { full: 'Nadia Zelisko' },
      office: 'OIM Equateur',
      role: 'media',
      emails: ['nzelisko@iom.org.ec'],
    },
  ],
  sources: [
    TRI_NATIONAL,
    {
      url: 'https://www.oim.org.ec/drupal/es/OIM%20en%20Ecuador',
      note: 'IOM in Ecuador since 1965. The media contact is the one the tri-national release prints; its phone (593.2.4449.28/29, an old 6-digit Quito number) is left out because it cannot be read as a current E.164 number without guessing',
    },
  ],
});

/** IOM's mission in Peru (example data, with sources). */
export const peruMission: CountryMission = CountryMission.parse({
  $kind: 'iom.country-mission@1',
  id: 'MISSION_PE',
  country: 'PE',
  name: { en: 'IOM Peru', fr: 'OIM Pérou', es: 'OIM Perú' },
  unitId: 'CO_PE',
  mainOffice: {
    id: 'OFFICE_PE_LIM',
    kind: 'country_office',
    city: { en: 'Lima', fr: 'Lima', es: 'Lima' },
    subdivision: 'PE-LMA',
    unitId: 'CO_PE',
    sources: [
      {
        url: 'https://peru.iom.int/es/news/oim-celebro-65deg-aniversario-en-ceremonia-realizada-junto-ministerio-de-relaciones-exteriores',
        note: 'Release datelined «Lima, 15 de julio de 2016»',
      },
    ],
  },
  mentions: [
    {
      name: 'José Iván Dávalos',
      role: 'chief_of_mission',
      grammaticalGender: 'masculine',
      attestedOn: '2016-07-15',
      sources: [
        {
          url: 'https://peru.iom.int/es/news/oim-celebro-65deg-aniversario-en-ceremonia-realizada-junto-ministerio-de-relaciones-exteriores',
          note: '«José Iván Dávalos, Jefe de la Misión de OIM en el Perú» (the Spanish title states the masculine form)',
        },
      ],
    },
  ],
  sources: [
    TRI_NATIONAL,
    {
      url: 'https://peru.iom.int/es/news/oim-celebro-65deg-aniversario-en-ceremonia-realizada-junto-ministerio-de-relaciones-exteriores',
      note: '«cuarenta años de relacionamiento» between IOM and Peru in 2016; the year established is not given',
    },
  ],
});

/** IOM's mission in Colombia (example data, with sources). */
export const colombiaMission: CountryMission = CountryMission.parse({
  $kind: 'iom.country-mission@1',
  id: 'MISSION_CO',
  country: 'CO',
  name: { en: 'IOM Colombia', fr: 'OIM Colombie', es: 'OIM Colombia' },
  unitId: 'CO_CO',
  mainOffice: {
    id: 'OFFICE_CO_BOG',
    kind: 'country_office',
    city: { en: 'Bogotá', fr: 'Bogota', es: 'Bogotá' },
    subdivision: 'CO-DC',
    unitId: 'CO_CO',
    sources: [
      {
        url: 'https://www.global-regulation.com/translation/colombia/6405065/law-1441-2011.html',
        note: 'Law 1441 of 2011 approves the cooperation agreement between IOM and Colombia signed in Bogotá on 5 May 2009; no page read gives the office address',
      },
    ],
  },
  sources: [TRI_NATIONAL],
});

/** The example missions: Colombia, Ecuador and Peru. */
export const exampleMissions: readonly CountryMission[] = [colombiaMission, ecuadorMission, peruMission];
