import { checkContact } from './contact-point.js';
import { checkCountryMission } from './country-mission.js';
import { checkOrgStructure } from './org-structure.js';
import { checkPressRelease } from './press-release.js';
import { checkTraffickingCase } from './trafficking-case.js';
import type { Problem } from './util.js';

/** Hand-written validators by kind ref. */
export const HANDWRITTEN: Readonly<Record<string, (input: unknown) => Problem[]>> = {
  'iom.trafficking-case@1': checkTraffickingCase,
  'iom.contact-point@1': (input) => checkContact(input, false),
  'iom.media-contact@1': (input) => checkContact(input, true),
  'iom.country-mission@1': checkCountryMission,
  'iom.org-structure@1': checkOrgStructure,
  'iom.press-release@1': checkPressRelease,
};
