import type { IssueTemplates } from '../issue.js';

/** The issue codes that `@iom/core` itself defines, each documented in the package README. */
export const CORE_ISSUE_CODES = [
  'localized_text_empty',
  'country_code_format',
  'country_code_lowercase',
  'country_code_alpha3',
  'country_code_unknown',
  'country_code_normalized',
  'subdivision_code_format',
  'subdivision_code_lowercase',
  'subdivision_code_unknown',
  'date_range_reversed',
  'partial_date_invalid',
  'address_subdivision_country',
  'http_url_invalid',
  'payload_not_object',
  'payload_kind_missing',
  'payload_kind_malformed',
  'payload_kind_unknown',
  'payload_kind_version_unsupported',
  'payload_kind_version_newer',
  'migration_kind_mismatch',
  'migration_renamed',
  'migration_added',
  'migration_removed',
  'migration_code_mapped',
  'migration_wrapped',
  'migration_unwrapped',
  'migration_converted',
  'migration_value_dropped',
  'migration_loss_refused',
  'migration_result_invalid',
] as const;
/** An issue code defined by `@iom/core`. */
export type CoreIssueCode = (typeof CORE_ISSUE_CODES)[number];
/** The codes of core's value schemas and their lenient readers: what a schema's bundle carries. */
export type CoreSchemaIssueCode = (typeof CORE_ISSUE_CODES)[number] &
  (
    | 'localized_text_empty'
    | `country_code_${string}`
    | `subdivision_code_${string}`
    | 'date_range_reversed'
    | 'partial_date_invalid'
    | 'address_subdivision_country'
    | 'http_url_invalid'
  );

/** Which bound a size issue is about, as zod reports it. */
export type SizeOrigin = 'string' | 'number' | 'int' | 'bigint' | 'date' | 'array' | 'set' | 'file' | (string & {});

/**
 * Everything one locale says about validation: messages for zod's built-in issue codes (written
 * for people, not for zod experts) and the templates of `@iom/core`'s own codes.
 */
export interface ValidationMessages {
  /** Names of the value types zod expects, as a person would say them. */
  readonly typeNames: Readonly<Record<string, string>>;
  /** A required value is missing. */
  readonly required: string;
  /** A value of the wrong type; `received` is a type name, never the value. */
  invalidType(expected: string, received: string | undefined): string;
  /** A string, number, list or date is below its minimum. */
  tooSmall(origin: SizeOrigin, minimum: string, inclusive: boolean): string;
  /** A string, number, list or date is above its maximum. */
  tooBig(origin: SizeOrigin, maximum: string, inclusive: boolean): string;
  /** A string is not in the expected format (`email`, `date`, `datetime`, `regex`, …). */
  invalidFormat(format: string): string;
  /** A number is not a multiple of `divisor`. */
  notMultipleOf(divisor: string): string;
  /** An object has fields its schema does not know. */
  unrecognizedKeys(keys: readonly string[]): string;
  /** A value matches none of the alternatives. */
  readonly invalidUnion: string;
  /** A record or map key is invalid. */
  readonly invalidKey: string;
  /** An element of a map or set is invalid. */
  readonly invalidElement: string;
  /** A value is not one of the allowed values. */
  invalidValue(values: readonly string[]): string;
  /** A custom check failed and said nothing more. */
  readonly custom: string;
  /** The templates of `@iom/core`'s own issue codes. */
  readonly issues: IssueTemplates<CoreIssueCode>;
}
