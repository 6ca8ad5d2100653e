import { issueCheck } from '@iom/core';
import type * as z from 'zod';
import type { TraffickingCaseV1Record } from './case-record.js';
import { checkCaseRules } from './rules.js';
import { TraffickingCaseV1Shape } from './schema-v1.js';

/**
 * A trafficking case record of version 1 of the kind (`iom.trafficking-case@1`), as apps stored them
 * before version 2: the same fields and rules, but a mailing address of its own form (`AddressV1`:
 * street, city, state, postal code, country, all optional). Bring one to the current version with
 * `migrate(record, { to: traffickingCaseKind })`.
 */
export const TraffickingCaseV1: z.ZodType<TraffickingCaseV1, TraffickingCaseV1> = TraffickingCaseV1Shape.check(
  issueCheck(checkCaseRules),
);
/**
 * A trafficking case record of version 1 (`model.test-d.ts` holds it equal to what
 * {@link TraffickingCaseV1Shape} infers).
 *
 * @interface
 */
export type TraffickingCaseV1 = TraffickingCaseV1Record;
