import { type Locale, type ValidationResult, validate } from '@iom/core';
import { OrgStructure } from './structure.js';

/** Options of {@link validateStructure}. */
export interface ValidateStructureOptions {
  /** The locale of the messages; English by default. */
  readonly locale?: Locale;
}

/**
 * Validates `input` as an organisation structure: {@link OrgStructure}'s whole verdict (each record's
 * fields, then the whole-record rules) with messages in `options.locale`. The same as
 * `validate(OrgStructure, input, locale)` from `@iom/core`; never throws for bad input.
 *
 * @example
 * const result = validateStructure(payload, { locale: 'fr' });
 * if (!result.success) for (const issue of result.issues) console.log(issue.path, issue.message);
 */
export function validateStructure(
  input: unknown,
  options: ValidateStructureOptions = {},
): ValidationResult<OrgStructure> {
  return validate(OrgStructure, input, options.locale ?? 'en');
}
