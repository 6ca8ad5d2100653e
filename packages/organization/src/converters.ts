import { type ConverterDescriptor, type ConverterOption, defineConverter } from '@iom/core';
import { toOrgJsonLd } from './export/org-jsonld.js';
import { toPopolo } from './export/popolo.js';
import { orgStructureKind } from './kind.js';
import type { OrgStructureRecord as OrgStructure } from './model.js';

const AT: ConverterOption = {
  name: 'at',
  description: {
    en: 'a snapshot: only what holds on that day; everything, with its dates, when not given',
    fr: 'un instantané : seulement ce qui vaut ce jour-là ; tout, avec ses dates, sinon',
    es: 'una instantánea: solo lo vigente ese día; todo, con sus fechas, si no se da',
  },
  type: 'date',
  required: false,
};

/** A string option's value when it was given. */
function given(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/**
 * The descriptors of the package's converters, for programs that run converters by name (the `iom
 * convert` command): `toOrgJsonLd` (options `at`, `context`, `base-iri`) and `toPopolo` (option `at`;
 * names in the caller's locale), each on one organisation structure at a time.
 */
export const organizationConverters: readonly ConverterDescriptor[] = [
  defineConverter({
    name: 'toOrgJsonLd',
    direction: 'to',
    format: {
      en: 'W3C ORG vocabulary (JSON-LD)',
      fr: 'vocabulaire W3C ORG (JSON-LD)',
      es: 'vocabulario W3C ORG (JSON-LD)',
    },
    input: 'record',
    output: 'json',
    kinds: [orgStructureKind.ref],
    options: [
      AT,
      {
        name: 'context',
        description: {
          en: 'inline embeds the JSON-LD context; reference points to its URL',
          fr: 'inline intègre le contexte JSON-LD ; reference renvoie à son URL',
          es: 'inline incluye el contexto JSON-LD; reference apunta a su URL',
        },
        type: 'choice',
        values: ['inline', 'reference'],
        required: false,
        default: 'inline',
      },
      {
        name: 'base-iri',
        description: {
          en: 'the base of the IRIs made from ids',
          fr: 'la base des IRI formés à partir des identifiants',
          es: 'la base de los IRI formados a partir de los identificadores',
        },
        type: 'text',
        required: false,
        default: 'urn:iom:',
      },
    ],
    run: (structure, { options }) => {
      const at = given(options.at);
      const baseIri = given(options['base-iri']);
      const context = options.context === 'reference' ? 'reference' : 'inline';
      return {
        value: toOrgJsonLd(structure as OrgStructure, {
          context,
          ...(at === undefined ? {} : { at }),
          ...(baseIri === undefined ? {} : { baseIri }),
        }),
        issues: [],
      };
    },
  }),
  defineConverter({
    name: 'toPopolo',
    direction: 'to',
    format: { en: 'Popolo (JSON)', fr: 'Popolo (JSON)', es: 'Popolo (JSON)' },
    input: 'record',
    output: 'json',
    kinds: [orgStructureKind.ref],
    options: [AT],
    run: (structure, { locale, options }) => {
      const at = given(options.at);
      return {
        value: toPopolo(structure as OrgStructure, { locale, ...(at === undefined ? {} : { at }) }),
        issues: [],
      };
    },
  }),
];
