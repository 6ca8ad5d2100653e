import { issueCheck } from '@iom/core';
import type * as z from 'zod';
import type { TraffickingCaseRecord } from './case-record.js';
import { checkCaseRules } from './rules.js';
import { TraffickingCaseShape } from './schema.js';

/**
 * A victim-centred trafficking case record (`iom.trafficking-case@2`): the case, the victim (person and
 * victim context, the mailing address a `PostalAddress` of `@iom/core`), exploitation, recruitment, means
 * of control, movement, assistance and referrals, perpetrators and consent. Codes are HTCDS 2.0 value names, plus the concepts only CTDC has. Checklists answer `yes`,
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
