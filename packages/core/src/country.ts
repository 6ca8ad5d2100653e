import * as z from 'zod';
import { alpha2ToAlpha3, alpha3ToAlpha2, assignedAlpha2 } from './iso3166.js';
import type { Issue, Reading } from './issue.js';
import { issueCheck } from './issue-check.js';
import { withJsonSchema } from './json-schema.js';
import type { Locale } from './locale.js';
import { schemaIssues } from './messages/schema.js';
import { shortenForMessage } from './shorten.js';

type CountryIssueCode =
  | 'country_code_format'
  | 'country_code_lowercase'
  | 'country_code_alpha3'
  | 'country_code_unknown';

/** What is wrong with a would-be country code, with the code to use instead when there is one. */
function diagnose(value: string): { code: CountryIssueCode; suggestion?: string } | undefined {
  // The common case first: the set holds only assigned codes in capitals, so a hit is a valid code.
  if (assignedAlpha2().has(value)) return undefined;
  if (/^[A-Z]{2}$/.test(value)) return assignedAlpha2().has(value) ? undefined : { code: 'country_code_unknown' };
  const upper = value.toUpperCase();
  if (/^[a-zA-Z]{2}$/.test(value)) {
    return assignedAlpha2().has(upper)
      ? { code: 'country_code_lowercase', suggestion: upper }
      : { code: 'country_code_unknown' };
  }
  if (/^[a-zA-Z]{3}$/.test(value)) {
    const suggestion = alpha3ToAlpha2(upper);
    if (suggestion !== undefined) return { code: 'country_code_alpha3', suggestion };
  }
  return { code: 'country_code_format' };
}

/** Whether `value` is an assigned ISO 3166-1 alpha-2 code written in capitals. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && assignedAlpha2().has(value);
}

/**
 * A country, as its ISO 3166-1 alpha-2 code in capitals (`EC`, `PE`, `CO`), checked against the
 * assigned codes of the maintained `iso-3166` data package.
 *
 * The schema changes nothing it reads. A lowercase code (`ec`) fails with `country_code_lowercase`
 * and an alpha-3 code (`ECU`) with `country_code_alpha3`, each message naming the code to use;
 * {@link normalizeCountryCode} makes those corrections for lenient readers, and reports them.
 * Other failures: `country_code_format` (not two letters) and `country_code_unknown` (not assigned;
 * user-assigned codes such as `XK` are not accepted).
 */
export const CountryCode = withJsonSchema(
  z.string().check(
    issueCheck((value, ctx) => {
      const problem = diagnose(value);
      if (problem === undefined) return;
      const args = problem.suggestion === undefined ? { value } : { value, suggestion: problem.suggestion };
      // The value is echoed only when it is short enough to be a code: free text never enters a message.
      ctx.addIssue(
        problem.code === 'country_code_format'
          ? schemaIssues.custom('country_code_format')
          : schemaIssues.custom(problem.code, { args }),
      );
    }),
  ),
  () => ({ type: 'string', enum: [...assignedAlpha2()].sort() }),
);
/** An ISO 3166-1 alpha-2 country code in capitals. */
export type CountryCode = string;

/**
 * The ISO 3166-1 alpha-3 code of an alpha-2 country code (`EC` → `ECU`), for formats that use alpha-3
 * (CTDC's 2024 layout, for one); `undefined` for a code that is not assigned or not in capitals.
 */
export function countryAlpha3(code: string): string | undefined {
  return isCountryCode(code) ? alpha2ToAlpha3(code) : undefined;
}

/** Options of {@link normalizeCountryCode}. */
export interface NormalizeCountryCodeOptions {
  /** The locale of the issues returned; English by default. */
  readonly locale?: Locale;
}

/**
 * Reads a country code the way people write it: trims it, writes it in capitals and maps an
 * ISO 3166-1 alpha-3 code to alpha-2. Every change is reported with `country_code_normalized`;
 * an input it cannot read gives `value: undefined` and the issue that {@link CountryCode} gives.
 *
 * @example
 * normalizeCountryCode(' ecu ');
 * // { value: 'EC', issues: [{ path: [], code: 'country_code_normalized', message: 'Read the country code ecu as EC' }] }
 */
export function normalizeCountryCode(
  input: string,
  options: NormalizeCountryCodeOptions = {},
): Reading<CountryCode | undefined> {
  const locale = options.locale ?? 'en';
  const trimmed = input.trim();
  const problem = diagnose(trimmed);
  if (problem === undefined) {
    const issues: Issue[] =
      trimmed === input
        ? []
        : [schemaIssues.issue('country_code_normalized', locale, { args: { value: input, suggestion: trimmed } })];
    return { value: trimmed, issues };
  }
  if (problem.suggestion !== undefined) {
    return {
      value: problem.suggestion,
      issues: [
        schemaIssues.issue('country_code_normalized', locale, {
          args: { value: trimmed, suggestion: problem.suggestion },
        }),
      ],
    };
  }
  const args = { value: shortenForMessage(trimmed, 3) };
  return { value: undefined, issues: [schemaIssues.issue(problem.code, locale, { args })] };
}
