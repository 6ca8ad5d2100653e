import { definePayloadKind } from '@iom/core';
import { TraffickingCase } from './case.js';
import { TraffickingCaseV1 } from './case-v1.js';
import { postalAddressStep } from './postal-address-step.js';
import { TRAFFICKING_CASE_KIND } from './schema.js';

/**
 * The payload kind `iom.trafficking-case`: version 2 ({@link TraffickingCase}, the mailing address a
 * `PostalAddress` of `@iom/core`), and version 1 ({@link TraffickingCaseV1}) before it, with the step
 * between them ({@link postalAddressStep}). `migrate(record, { to: traffickingCaseKind })` brings a
 * version-1 record up.
 *
 * Compatibility `full`: case records are kept for years and exchanged between case-management systems
 * on different releases.
 */
export const traffickingCaseKind = definePayloadKind({
  id: TRAFFICKING_CASE_KIND,
  package: '@iom/trafficking',
  compatibility: 'full',
  title: {
    en: 'Trafficking case record (HTCDS 2.0 aligned)',
    fr: 'Dossier de cas de traite (aligné sur HTCDS 2.0)',
    es: 'Expediente de caso de trata (alineado con HTCDS 2.0)',
  },
  versions: [
    { version: 1, schema: TraffickingCaseV1 },
    { version: 2, schema: TraffickingCase, step: postalAddressStep },
  ],
});

/** Version 1 of the payload kind `iom.trafficking-case` ({@link TraffickingCaseV1}), typed. */
export const traffickingCaseKindV1 = traffickingCaseKind.versions[0];
