import { issueCheck } from '@iom/core';
import type * as z from 'zod';
import { type OrgStructureInput, type OrgStructureRecord, OrgStructureShape } from './model.js';
import { checkStructure } from './rules/index.js';

/**
 * An organisation's structure over time: its units with their dated parent links, posts, the people
 * holding them, sites and dated figures. Payload kind `iom.org-structure` version 1.
 *
 * Its `safeParse` gives the whole verdict: each record's fields, then the whole-record rules (one tree
 * at every date, references that exist, single holders, regional coverage; see the package README).
 * The rules run once every field passes its own checks. {@link OrgStructureShape} is the same object without
 * the rules, for apps that extend it.
 */
export const OrgStructure: z.ZodType<OrgStructure, OrgStructureInput> = OrgStructureShape.check(
  issueCheck(checkStructure, { onlyWhenValid: true }),
);
/**
 * An organisation's structure over time (the parsed form, every list present). An explicit object type,
 * so that apps using it never instantiate zod's types (`model.test-d.ts` holds it equal to what the
 * schema infers).
 *
 * @interface
 */
export type OrgStructure = OrgStructureRecord;
