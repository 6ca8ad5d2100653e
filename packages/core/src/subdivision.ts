import * as z from 'zod';
import { subdivisionCodes } from './iso3166.js';
import { issueCheck } from './issue-check.js';
import { withJsonSchema } from './json-schema.js';
import { schemaIssues } from './messages/schema.js';

/**
 * A country subdivision as its ISO 3166-2 code (`EC-I` for Imbabura, `PE-LIM` for Lima), checked
 * against the maintained `iso-3166` data package.
 *
 * Failures: `subdivision_code_format` (not `CC-XXX`), `subdivision_code_lowercase` (the message names
 * the code in capitals) and `subdivision_code_unknown`.
 */
export const SubdivisionCode = withJsonSchema(
  z.string().check(
    issueCheck((value, ctx) => {
      if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(value)) {
        if (!subdivisionCodes().has(value))
          ctx.addIssue(schemaIssues.custom('subdivision_code_unknown', { args: { value } }));
        return;
      }
      if (/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/.test(value)) {
        const suggestion = value.toUpperCase();
        ctx.addIssue(
          subdivisionCodes().has(suggestion)
            ? schemaIssues.custom('subdivision_code_lowercase', { args: { value, suggestion } })
            : schemaIssues.custom('subdivision_code_unknown', { args: { value } }),
        );
        return;
      }
      ctx.addIssue(schemaIssues.custom('subdivision_code_format'));
    }),
  ),
  () => ({ type: 'string', enum: [...subdivisionCodes()].sort() }),
);
/** An ISO 3166-2 subdivision code. */
export type SubdivisionCode = string;

/** Whether `value` is an ISO 3166-2 subdivision code written in capitals. */
export function isSubdivisionCode(value: unknown): value is string {
  return typeof value === 'string' && subdivisionCodes().has(value);
}

/**
 * The country a subdivision belongs to (`EC-I` → `EC`), or `undefined` for an unknown code.
 * The country is the code's first two letters; ISO 3166-2 nests some subdivisions in others, and
 * this always answers with the country.
 */
export function subdivisionCountry(code: string): string | undefined {
  return subdivisionCodes().has(code) ? code.slice(0, 2) : undefined;
}
