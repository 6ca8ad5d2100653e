import type { Locale } from '@iom/core';
import { PhraseIndex } from './phrase-index.js';

/** A partner organisation of IOM: its acronym and name in English, French and Spanish. */
export interface PartnerOrganization {
  /** The stable id: the English acronym (`ILO`, `UNHCR`). */
  readonly id: string;
  /** The acronym each language uses (`ILO` / `OIT` / `OIT`). */
  readonly acronym: { readonly [L in Locale]: string };
  /** The full name in each language. */
  readonly name: { readonly [L in Locale]: string };
  /** Older or alternative acronyms still met in texts (`ONUDD`, `FNUAP`). */
  readonly aliases?: readonly string[];
  /** The organisation's web site. */
  readonly url?: string;
}

/**
 * The registry of IOM's usual partner organisations, with the acronyms and names each language uses
 * (checked against the organisations' own sites). Expand acronyms from this
 * table, never from scraped text: scraped pages carry errors such as "Organisation des Etats Africains (OEA)".
 */
export const PARTNERS = [
  {
    id: 'ILO',
    acronym: { en: 'ILO', fr: 'OIT', es: 'OIT' },
    name: {
      en: 'International Labour Organization',
      fr: 'Organisation internationale du Travail',
      es: 'Organización Internacional del Trabajo',
    },
    url: 'https://www.ilo.org',
  },
  {
    id: 'USAID',
    acronym: { en: 'USAID', fr: 'USAID', es: 'USAID' },
    name: {
      en: 'United States Agency for International Development',
      fr: 'Agence des États-Unis pour le développement international',
      es: 'Agencia de los Estados Unidos para el Desarrollo Internacional',
    },
    url: 'https://www.usaid.gov',
  },
  {
    id: 'UNHCR',
    acronym: { en: 'UNHCR', fr: 'HCR', es: 'ACNUR' },
    name: {
      en: 'Office of the United Nations High Commissioner for Refugees',
      fr: 'Haut-Commissariat des Nations Unies pour les réfugiés',
      es: 'Alto Comisionado de las Naciones Unidas para los Refugiados',
    },
    url: 'https://www.unhcr.org',
  },
  {
    id: 'UNICEF',
    acronym: { en: 'UNICEF', fr: 'UNICEF', es: 'UNICEF' },
    name: {
      en: 'United Nations Children’s Fund',
      fr: 'Fonds des Nations Unies pour l’enfance',
      es: 'Fondo de las Naciones Unidas para la Infancia',
    },
    url: 'https://www.unicef.org',
  },
  {
    id: 'UNODC',
    acronym: { en: 'UNODC', fr: 'ONUDC', es: 'UNODC' },
    name: {
      en: 'United Nations Office on Drugs and Crime',
      fr: 'Office des Nations Unies contre la drogue et le crime',
      es: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
    },
    aliases: ['ONUDD'],
    url: 'https://www.unodc.org',
  },
  {
    id: 'EU',
    acronym: { en: 'EU', fr: 'UE', es: 'UE' },
    name: { en: 'European Union', fr: 'Union européenne', es: 'Unión Europea' },
    url: 'https://european-union.europa.eu',
  },
  {
    id: 'WFP',
    acronym: { en: 'WFP', fr: 'PAM', es: 'PMA' },
    name: { en: 'World Food Programme', fr: 'Programme alimentaire mondial', es: 'Programa Mundial de Alimentos' },
    url: 'https://www.wfp.org',
  },
  {
    id: 'WHO',
    acronym: { en: 'WHO', fr: 'OMS', es: 'OMS' },
    name: {
      en: 'World Health Organization',
      fr: 'Organisation mondiale de la Santé',
      es: 'Organización Mundial de la Salud',
    },
    url: 'https://www.who.int',
  },
  {
    id: 'PAHO',
    acronym: { en: 'PAHO', fr: 'OPS', es: 'OPS' },
    name: {
      en: 'Pan American Health Organization',
      fr: 'Organisation panaméricaine de la santé',
      es: 'Organización Panamericana de la Salud',
    },
    url: 'https://www.paho.org',
  },
  {
    id: 'UNDP',
    acronym: { en: 'UNDP', fr: 'PNUD', es: 'PNUD' },
    name: {
      en: 'United Nations Development Programme',
      fr: 'Programme des Nations Unies pour le développement',
      es: 'Programa de las Naciones Unidas para el Desarrollo',
    },
    url: 'https://www.undp.org',
  },
  {
    id: 'UNFPA',
    acronym: { en: 'UNFPA', fr: 'UNFPA', es: 'UNFPA' },
    name: {
      en: 'United Nations Population Fund',
      fr: 'Fonds des Nations Unies pour la population',
      es: 'Fondo de Población de las Naciones Unidas',
    },
    aliases: ['FNUAP'],
    url: 'https://www.unfpa.org',
  },
  {
    id: 'OAS',
    acronym: { en: 'OAS', fr: 'OEA', es: 'OEA' },
    name: {
      en: 'Organization of American States',
      fr: 'Organisation des États américains',
      es: 'Organización de los Estados Americanos',
    },
    url: 'https://www.oas.org',
  },
  {
    id: 'ECLAC',
    acronym: { en: 'ECLAC', fr: 'CEPALC', es: 'CEPAL' },
    name: {
      en: 'Economic Commission for Latin America and the Caribbean',
      fr: 'Commission économique pour l’Amérique latine et les Caraïbes',
      es: 'Comisión Económica para América Latina y el Caribe',
    },
    url: 'https://www.cepal.org',
  },
] as const satisfies readonly PartnerOrganization[];

/** The id of a partner in {@link PARTNERS}. */
export type PartnerId = (typeof PARTNERS)[number]['id'];

/** The ids of {@link PARTNERS}, in registry order. */
export const PARTNER_IDS: readonly PartnerId[] = PARTNERS.map((partner) => partner.id);

// Built on first use, never at import.
let byId: Map<string, PartnerOrganization> | undefined;

/** The partner with id `id`, or `undefined` when the registry has none. */
export function getPartner(id: string): PartnerOrganization | undefined {
  byId ??= new Map(PARTNERS.map((partner) => [partner.id, partner]));
  return byId.get(id);
}

let byAcronym: Map<string, PartnerOrganization> | undefined;

/**
 * The partner an acronym written in any of the three languages stands for (`OIT` → ILO, `ACNUR` →
 * UNHCR, the older `ONUDD` → UNODC), case-sensitive since acronyms are written in capitals.
 */
export function findPartnerByAcronym(acronym: string): PartnerOrganization | undefined {
  if (byAcronym === undefined) {
    byAcronym = new Map();
    for (const partner of PARTNERS as readonly PartnerOrganization[]) {
      for (const written of [partner.id, ...Object.values(partner.acronym), ...(partner.aliases ?? [])]) {
        byAcronym.set(written, partner);
      }
    }
  }
  return byAcronym.get(acronym);
}

/**
 * How a partner is written in `locale`: its name followed by the acronym in parentheses, the way IOM
 * releases introduce it ("Organisation internationale du Travail (OIT)").
 */
export function partnerDisplayName(partner: PartnerOrganization, locale: Locale): string {
  return `${partner.name[locale]} (${partner.acronym[locale]})`;
}

let nameIndex: PhraseIndex<PartnerOrganization> | undefined;

/** The index of partner names in English, French and Spanish, built on first use. */
export function partnerNameIndex(): PhraseIndex<PartnerOrganization> {
  if (nameIndex === undefined) {
    nameIndex = new PhraseIndex<PartnerOrganization>();
    for (const partner of PARTNERS as readonly PartnerOrganization[]) {
      for (const name of Object.values(partner.name)) nameIndex.add(name, partner);
    }
  }
  return nameIndex;
}
