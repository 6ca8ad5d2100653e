import { type ConverterDescriptor, defineConverter } from '@iom/core';
import { toJsonLd } from './json-ld.js';
import { pressReleaseKind, pressReleaseKindV1 } from './kind.js';
import { fromNinjs } from './ninjs/from-ninjs.js';
import { toNinjs } from './ninjs/to-ninjs.js';
import { NINJS_SCHEMA_URIS, type NinjsVersion } from './ninjs/types.js';
import type { PressRelease } from './release.js';

const NINJS = { en: 'IPTC ninjs (JSON)', fr: 'IPTC ninjs (JSON)', es: 'IPTC ninjs (JSON)' };

/**
 * The descriptors of the package's converters, for programs that run converters by name (the `iom
 * convert` command): `toNinjs` (option `version`, required: 2.2 or 3.1), `toJsonLd` and `fromNinjs`,
 * each on one document at a time.
 */
export const pressConverters: readonly ConverterDescriptor[] = [
  defineConverter({
    name: 'toNinjs',
    direction: 'to',
    format: NINJS,
    input: 'record',
    output: 'json',
    // Both versions: they differ only in what `missions` holds, which the converters copy as it is.
    kinds: [pressReleaseKindV1.ref, pressReleaseKind.ref],
    options: [
      {
        name: 'version',
        description: {
          en: 'the ninjs version to write',
          fr: 'la version de ninjs à écrire',
          es: 'la versión de ninjs que se escribe',
        },
        type: 'choice',
        values: Object.keys(NINJS_SCHEMA_URIS),
        required: true,
      },
    ],
    run: (release, { options }) => ({
      value: toNinjs(release as PressRelease, { version: String(options.version) as NinjsVersion }),
      issues: [],
    }),
  }),
  defineConverter({
    name: 'toJsonLd',
    direction: 'to',
    format: { en: 'schema.org JSON-LD', fr: 'JSON-LD schema.org', es: 'JSON-LD de schema.org' },
    input: 'record',
    output: 'json',
    // Both versions: they differ only in what `missions` holds, which the converters copy as it is.
    kinds: [pressReleaseKindV1.ref, pressReleaseKind.ref],
    options: [],
    run: (release) => ({ value: toJsonLd(release as PressRelease), issues: [] }),
  }),
  defineConverter({
    name: 'fromNinjs',
    direction: 'from',
    format: NINJS,
    input: 'record',
    output: 'json',
    kinds: [],
    options: [],
    run: (document, { locale }) => fromNinjs(document, { locale }),
  }),
];
