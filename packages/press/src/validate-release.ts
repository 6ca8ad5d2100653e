import { type Issue, type Locale, shortenForMessage, type ValidationResult, validate } from '@iom/core';
import { pressIssues } from './messages/index.js';
import { type MissionLookup, missionPredicate } from './mission-ref.js';
import { PressRelease } from './release.js';

/** Options of {@link validatePressRelease}. */
export interface ValidatePressReleaseOptions {
  /**
   * The IOM missions that exist (for example the records of `@iom/missions`); without it, mission ids
   * are checked for form only.
   */
  readonly missions?: MissionLookup;
  /** The locale of the messages; English by default. */
  readonly locale?: Locale;
}

/**
 * Validates a press release with the {@link PressRelease} schema and the rules that need context:
 * every mission it names exists in `options.missions` (`mission_unknown`). Never throws for bad input.
 *
 * @example
 * validatePressRelease(payload, { missions: ['MISSION_EC', 'MISSION_CO', 'MISSION_PE'], locale: 'fr' });
 */
export function validatePressRelease(
  input: unknown,
  options: ValidatePressReleaseOptions = {},
): ValidationResult<PressRelease> {
  const locale = options.locale ?? 'en';
  const result = validate(PressRelease, input, locale);
  const missionIssues: Issue[] = [];
  if (options.missions !== undefined) {
    const exists = missionPredicate(options.missions);
    const missions = result.success ? result.data.missions : readMissions(input);
    missions?.forEach((mission, index) => {
      if (typeof mission === 'string' && !exists(mission)) {
        const shown = shortenForMessage(mission);
        missionIssues.push(
          pressIssues.issue('mission_unknown', locale, { args: { mission: shown }, path: ['missions', index] }),
        );
      }
    });
  }
  if (missionIssues.length === 0) return result;
  return { success: false, issues: [...result.issues, ...missionIssues] };
}

function readMissions(input: unknown): readonly unknown[] | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const missions = (input as { missions?: unknown }).missions;
  return Array.isArray(missions) ? missions : undefined;
}
