import { type Locale, type ValidationResult, validate } from '@iom/core';
import { type CountryMission, CountryMissionList } from './mission.js';

/** Options of {@link validateMissions}. */
export interface ValidateMissionsOptions {
  /** The locale of the messages; English by default. */
  readonly locale?: Locale;
}

/**
 * Validates `input` as a list of country missions: {@link CountryMissionList}'s whole verdict (each
 * mission's fields and rules, then unique ids across missions and one mission per country on any day)
 * with messages in `options.locale`. The same as `validate(CountryMissionList, input, locale)` from
 * `@iom/core`; never throws for bad input.
 *
 * @example
 * const result = validateMissions(await loadIomMissions(), { locale: 'es' });
 */
export function validateMissions(
  input: unknown,
  options: ValidateMissionsOptions = {},
): ValidationResult<CountryMission[]> {
  return validate(CountryMissionList, input, options.locale ?? 'en');
}
