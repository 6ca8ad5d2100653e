import type * as z from 'zod';
import { formatIssues } from './format-issues.js';
import type { Issue } from './issue.js';
import type { Locale } from './locale.js';
import { leanSafeParse } from './safe-parse.js';

/** The result of {@link validate}: the parsed value, or the issues in the caller's locale. */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly Issue[] };

/**
 * Validates `input` with any zod schema and returns `{ path, code, message }` issues in `locale`.
 * It never throws for invalid input, and it leaves zod’s global configuration alone.
 *
 * @example
 * validate(CountryCode, 'ECU', 'es').issues[0]?.message;
 * // 'ECU es un código ISO 3166-1 alfa-3: use el código alfa-2 EC'
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale = 'en',
): ValidationResult<z.output<S>> {
  // zod's own safeParse would keep each failing payload alive past the next scavenge (see safe-parse.ts).
  const result = leanSafeParse(schema, input);
  if (result.success) return { success: true, data: result.data, issues: [] };
  return { success: false, issues: formatIssues(result.error, locale, { input }) };
}
