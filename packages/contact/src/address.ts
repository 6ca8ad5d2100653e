import { CountryCode, issueCheck, SubdivisionCode } from '@iom/core';
import * as z from 'zod';
import { schemaIssues } from './messages/schema.js';

/**
 * A postal address, as its country writes it, keyed by ISO country code.
 *
 * Country-aware: `country` is an ISO 3166-1 alpha-2 code (checked by `CountryCode` of `@iom/core`),
 * and a `subdivision`, when given, must be an ISO 3166-2 code of that same country
 * (`address_subdivision_country`). The street lines are kept as written, since the order of street,
 * building and number differs from country to country. vCard's ADR maps onto it part for part
 * (with the RFC 8605 `CC` parameter for the country code).
 *
 * @example
 * const office: PostalAddress = {
 *   country: 'EC', streetLines: ['Av. Amazonas N37-271 y Villalengua'], locality: 'Quito', subdivision: 'EC-P',
 * };
 */
export const PostalAddress = z
  .object({
    /** The country, as an ISO 3166-1 alpha-2 code (`EC`). */
    country: CountryCode,
    /** Street, number, building and floor, one line each, as written. */
    streetLines: z.array(z.string().trim().min(1)).optional(),
    /** A post office box (`Casilla 17-21-1234`, `Case postale 17`). */
    poBox: z.string().trim().min(1).optional(),
    /** The city, town or village. */
    locality: z.string().trim().min(1).optional(),
    /** The region, province or state as written, when it has no ISO 3166-2 code or as well as it. */
    region: z.string().trim().min(1).optional(),
    /** The region as an ISO 3166-2 code (`EC-P`), of the same country. */
    subdivision: SubdivisionCode.optional(),
    /** The postal code, as written. */
    postalCode: z.string().trim().min(1).optional(),
  })
  .check(
    issueCheck((address, ctx) => {
      const { subdivision, country } = address;
      if (subdivision !== undefined && !subdivision.startsWith(`${country}-`)) {
        ctx.addIssue(
          schemaIssues.custom('address_subdivision_country', {
            args: { subdivision, country },
            path: ['subdivision'],
          }),
        );
      }
    }),
  );
/** A postal address with its ISO country code. */
export type PostalAddress = {
  /** The country, as an ISO 3166-1 alpha-2 code (`EC`). */
  country: CountryCode;
  /** Street, number, building and floor, one line each, as written. */
  streetLines?: string[] | undefined;
  /** A post office box (`Casilla 17-21-1234`, `Case postale 17`). */
  poBox?: string | undefined;
  /** The city, town or village. */
  locality?: string | undefined;
  /** The region, province or state as written, when it has no ISO 3166-2 code or as well as it. */
  region?: string | undefined;
  /** The region as an ISO 3166-2 code (`EC-P`), of the same country. */
  subdivision?: SubdivisionCode | undefined;
  /** The postal code, as written. */
  postalCode?: string | undefined;
};
