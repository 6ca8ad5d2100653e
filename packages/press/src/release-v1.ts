import { issueCheck, kindField } from '@iom/core';
import * as z from 'zod';
import { MissionIdV1 } from './mission-ref.js';
import { PressReleaseShape } from './model.js';
import type { PressRelease } from './release.js';
import { checkRelease } from './rules.js';

/**
 * The fields of a press release of version 1 (`iom.press-release@1`): those of version 2, but mission
 * ids of any form ({@link MissionIdV1}). Version 1 is published: its frozen contract
 * (`contracts/iom.press-release@1.json`) fails the tests if these fields change.
 */
export const PressReleaseV1Shape = PressReleaseShape.extend({
  /** The payload kind, `iom.press-release@1`, when the release travels alone. */
  $kind: kindField('iom.press-release', 1).optional(),
  /** The IOM missions involved, by ids of any form. */
  missions: z.array(MissionIdV1).optional(),
});

/**
 * A press release of version 1 of the kind (`iom.press-release@1`), as apps stored them before
 * version 2: the same fields and rules, but mission ids of any form. Bring one to the current version
 * with `migrate(release, { to: pressReleaseKind })`.
 */
export const PressReleaseV1: z.ZodType<PressReleaseV1, PressReleaseV1> = PressReleaseV1Shape.check(
  issueCheck(checkRelease),
);
/**
 * A press release of version 1 (`model.test-d.ts` holds it equal to what {@link PressReleaseV1Shape} infers).
 *
 * @interface
 */
export type PressReleaseV1 = Omit<PressRelease, '$kind' | 'missions'> & {
  /** The payload kind, `iom.press-release@1`, when the release travels alone. */
  $kind?: 'iom.press-release@1' | undefined;
  /** The IOM missions involved, by ids of any form. */
  missions?: MissionIdV1[] | undefined;
};
