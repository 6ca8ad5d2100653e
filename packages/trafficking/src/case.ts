import { definePayloadKind, issueCheck } from '@iom/core';
import type * as z from 'zod';
import type { TraffickingCaseRecord } from './case-record.js';
import { checkCaseRules } from './rules.js';
import { TRAFFICKING_CASE_KIND, TraffickingCaseShape } from './schema.js';

/**
 * A victim-centred trafficking case record: the case, the victim (person and victim context),
 * exploitation, recruitment, means of control, movement, assistance and referrals, perpetrators and
 * consent. Codes are HTCDS 2.0 value names, plus the concepts only CTDC has. Checklists answer `yes`,
 * `no`, `unknown` or `notCollected`; ages and dates are stored as given.
 *
 * Besides each field's own checks, the cross-field rules of {@link checkCaseRules} apply.
 */
export const TraffickingCase: z.ZodType<TraffickingCase, TraffickingCase> = TraffickingCaseShape.check(
  issueCheck(checkCaseRules),
);
/**
 * A victim-centred trafficking case record. An explicit object type, so that apps using it never
 * instantiate zod's types (`model.test-d.ts` holds it equal to what {@link TraffickingCaseShape} infers).
 * Tagged `@interface` so that the docs list its fields (typedoc does not inline the alias it names).
 *
 * @interface
 */
export type TraffickingCase = TraffickingCaseRecord;

/** The payload kind `iom.trafficking-case` version 1. */
export const traffickingCaseKind = definePayloadKind({
  id: TRAFFICKING_CASE_KIND,
  package: '@iom/trafficking',
  version: 1,
  title: {
    en: 'Trafficking case record (HTCDS 2.0 aligned)',
    fr: 'Dossier de cas de traite (aligné sur HTCDS 2.0)',
    es: 'Expediente de caso de trata (alineado con HTCDS 2.0)',
  },
  schema: TraffickingCase,
});
