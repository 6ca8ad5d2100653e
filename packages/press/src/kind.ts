import { definePayloadKind } from '@iom/core';
import { missionIdsStep } from './mission-ids-step.js';
import { PressRelease } from './release.js';
import { PressReleaseV1 } from './release-v1.js';

/**
 * The payload kind `iom.press-release`: version 2 ({@link PressRelease}, missions named by their
 * `@iom/missions` ids), and version 1 ({@link PressReleaseV1}) before it, with the step between them
 * ({@link missionIdsStep}). `migrate(release, { to: pressReleaseKind })` brings a version-1 release up.
 *
 * Compatibility `full`: releases travel between newsroom tools, websites and feeds that upgrade at
 * different times, so a release of any release of one version must stay readable by every other.
 */
export const pressReleaseKind = definePayloadKind({
  id: 'iom.press-release',
  title: { en: 'Press release', fr: 'Communiqué de presse', es: 'Comunicado de prensa' },
  package: '@iom/press',
  compatibility: 'full',
  versions: [
    { version: 1, schema: PressReleaseV1 },
    { version: 2, schema: PressRelease, step: missionIdsStep },
  ],
});

/** Version 1 of the payload kind `iom.press-release` ({@link PressReleaseV1}), typed. */
export const pressReleaseKindV1 = pressReleaseKind.versions[0];
