import { type ConverterDescriptor, type ConverterOption, defineConverter, type Locale } from '@iom/core';
import type { TraffickingCaseAnyVersion } from './case-record.js';
import type { FlatRow } from './csv.js';
import { CTDC_FORMATS, type CtdcFormat } from './ctdc/columns.js';
import { toCtdc, toCtdcCsv } from './ctdc/export.js';
import { fromCtdc, fromCtdcCsv } from './ctdc/import.js';
import { toHtcds, toHtcdsCsv } from './htcds/export.js';
import { fromHtcds, fromHtcdsCsv } from './htcds/import.js';
import { traffickingCaseKind, traffickingCaseKindV1 } from './kind.js';

const HTCDS_ROWS = {
  en: 'HTCDS 2.0 rows (JSON objects)',
  fr: 'lignes HTCDS 2.0 (objets JSON)',
  es: 'filas HTCDS 2.0 (objetos JSON)',
};
const HTCDS_CSV = { en: 'HTCDS 2.0 CSV', fr: 'HTCDS 2.0 en CSV', es: 'HTCDS 2.0 en CSV' };
const CTDC_ROWS = { en: 'CTDC rows (JSON objects)', fr: 'lignes CTDC (objets JSON)', es: 'filas CTDC (objetos JSON)' };
const CTDC_CSV = { en: 'CTDC CSV', fr: 'CTDC en CSV', es: 'CTDC en CSV' };
// Both versions: the exports read the version-1 mailing address as well, and CTDC never reads an address.
// The current version first: a record without `$kind` is read as the first (version 1 would strip an
// address written as version 2 writes it).
const KINDS = [traffickingCaseKind.ref, traffickingCaseKindV1.ref];

const LAYOUT: ConverterOption = {
  name: 'layout',
  description: {
    en: 'the CTDC layout: kanon-2020 (k-anonymised Global Dataset) or synthetic-2024 (Global Synthetic Dataset)',
    fr: 'la disposition CTDC : kanon-2020 (jeu mondial k-anonymisé) ou synthetic-2024 (jeu synthétique mondial)',
    es: 'el formato CTDC: kanon-2020 (conjunto mundial k-anonimizado) o synthetic-2024 (conjunto sintético mundial)',
  },
  type: 'choice',
  values: CTDC_FORMATS,
  required: true,
};
const K: ConverterOption = {
  name: 'k',
  description: {
    en: 'the k of k-anonymity over the quasi-identifier columns',
    fr: 'le k de la k-anonymité sur les colonnes quasi identifiantes',
    es: 'el k de la k-anonimidad sobre las columnas cuasi identificadoras',
  },
  type: 'integer',
  min: 2,
  required: false,
  default: 11,
};

/** The options of `toCtdc`/`toCtdcCsv`, from checked option values. */
function ctdcExportOptions(
  options: Readonly<Record<string, string | number>>,
  locale: Locale,
): { format: CtdcFormat; k?: number; locale: Locale } {
  const format = String(options.layout) as CtdcFormat;
  return typeof options.k === 'number' ? { format, k: options.k, locale } : { format, locale };
}

/**
 * The descriptors of the package's converters, for programs that run converters by name (the `iom
 * convert` command). Each takes all the records at once: `toHtcds`, `toHtcdsCsv`; `toCtdc`,
 * `toCtdcCsv` (options `layout`, required, and `k`), which keep every privacy rule of {@link toCtdc}
 * (consent, generalisation, k-anonymity; issues by input position, never by id); `fromHtcds`,
 * `fromHtcdsCsv`; `fromCtdc`, `fromCtdcCsv` (option `layout`, required).
 */
export const traffickingConverters: readonly ConverterDescriptor[] = [
  defineConverter({
    name: 'toHtcds',
    direction: 'to',
    format: HTCDS_ROWS,
    input: 'records',
    output: 'json',
    kinds: KINDS,
    options: [],
    run: (records, { locale }) => toHtcds(records as TraffickingCaseAnyVersion[], { locale }),
  }),
  defineConverter({
    name: 'toHtcdsCsv',
    direction: 'to',
    format: HTCDS_CSV,
    input: 'records',
    output: 'text',
    kinds: KINDS,
    options: [],
    run: (records, { locale }) => toHtcdsCsv(records as TraffickingCaseAnyVersion[], { locale }),
  }),
  defineConverter({
    name: 'toCtdc',
    direction: 'to',
    format: CTDC_ROWS,
    input: 'records',
    output: 'json',
    kinds: KINDS,
    options: [LAYOUT, K],
    run: (records, { locale, options }) => {
      const { value, issues } = toCtdc(records as TraffickingCaseAnyVersion[], ctdcExportOptions(options, locale));
      return { value, issues };
    },
  }),
  defineConverter({
    name: 'toCtdcCsv',
    direction: 'to',
    format: CTDC_CSV,
    input: 'records',
    output: 'text',
    kinds: KINDS,
    options: [LAYOUT, K],
    run: (records, { locale, options }) => {
      const { csv, issues } = toCtdcCsv(records as TraffickingCaseAnyVersion[], ctdcExportOptions(options, locale));
      return { value: csv, issues };
    },
  }),
  defineConverter({
    name: 'fromHtcds',
    direction: 'from',
    format: HTCDS_ROWS,
    input: 'records',
    output: 'json',
    kinds: [],
    options: [],
    run: (rows, { locale }) => fromHtcds(rows as FlatRow[], { locale }),
  }),
  defineConverter({
    name: 'fromHtcdsCsv',
    direction: 'from',
    format: HTCDS_CSV,
    input: 'text',
    output: 'json',
    kinds: [],
    options: [],
    run: (text, { locale }) => fromHtcdsCsv(String(text), { locale }),
  }),
  defineConverter({
    name: 'fromCtdc',
    direction: 'from',
    format: CTDC_ROWS,
    input: 'records',
    output: 'json',
    kinds: [],
    options: [LAYOUT],
    run: (rows, { locale, options }) =>
      fromCtdc(rows as FlatRow[], { format: String(options.layout) as CtdcFormat, locale }),
  }),
  defineConverter({
    name: 'fromCtdcCsv',
    direction: 'from',
    format: CTDC_CSV,
    input: 'text',
    output: 'json',
    kinds: [],
    options: [LAYOUT],
    run: (text, { locale, options }) =>
      fromCtdcCsv(String(text), { format: String(options.layout) as CtdcFormat, locale }),
  }),
];
