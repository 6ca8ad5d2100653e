import { contactPointKind, mediaContactKind } from '@iom/contact';
import type { PayloadKind } from '@iom/core';
import { countryMissionKind } from '@iom/missions';
import { orgStructureKind } from '@iom/organization';
import { pressReleaseKind } from '@iom/press';
import { traffickingCaseKind } from '@iom/trafficking';

/**
 * Every payload kind of the packages, imported by name so that the page's bundle keeps only what
 * validating them needs (`iom` finds them at run time instead; a test holds this list to what it finds).
 */
export const PLAYGROUND_KINDS: readonly PayloadKind[] = [
  contactPointKind,
  mediaContactKind,
  countryMissionKind,
  orgStructureKind,
  pressReleaseKind,
  traffickingCaseKind,
];
