import * as z from 'zod';
import { CountryCode } from './country.js';
import { type IssueSink, issueCheck } from './issue-check.js';
import { schemaIssues } from './messages/schema.js';
import { SubdivisionCode } from './subdivision.js';

/**
 * The fields of a postal address, without its rule (a subdivision of the address's own country): the
 * plain object schema an app can `.extend()`, `.pick()` or `.partial()`. An address is checked with
 * {@link PostalAddress}, which adds the rule to this shape.
 *
 * @example
 * const ShelterAddress = PostalAddressShape.extend({ directions: z.string().optional() });
 */
export const PostalAddressShape = z.object({
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
});

/**
 * The rule of a postal address: its subdivision, when given, is one of its country. It runs only on an
 * address whose fields are valid (`onlyWhenValid`), so it judges two valid codes: the message names them,
 * and a code is never free text (an address may be a victim's; an invalid field has its own issue).
 */
function checkSubdivisionCountry(address: PostalAddress, sink: IssueSink): void {
  const { subdivision, country } = address;
  if (subdivision !== undefined && !subdivision.startsWith(`${country}-`)) {
    sink.addIssue(
      schemaIssues.custom('address_subdivision_country', { args: { subdivision, country }, path: ['subdivision'] }),
    );
  }
}

/**
 * A postal address, as its country writes it, keyed by ISO country code: the one address model of the
 * packages (contact points, the mailing address of a trafficking case).
 *
 * Country-aware: `country` is an ISO 3166-1 alpha-2 code (checked by {@link CountryCode}), and a
 * `subdivision`, when given, must be an ISO 3166-2 code of that same country
 * (`address_subdivision_country`). The street lines are kept as written, since the order of street,
 * building and number differs from country to country. vCard's ADR maps onto it part for part
 * (with the RFC 8605 `CC` parameter for the country code).
 *
 * @example
 * const office: PostalAddress = {
 *   country: 'EC', streetLines: ['Av. Amazonas N37-271 y Villalengua'], locality: 'Quito', subdivision: 'EC-P',
 * };
 */
export const PostalAddress: z.ZodType<PostalAddress, PostalAddress> = PostalAddressShape.check(
  issueCheck(checkSubdivisionCountry, { onlyWhenValid: true }),
);
/**
 * A postal address with its ISO country code. An explicit object type, so that apps using it never
 * instantiate zod's types (`schemas.test-d.ts` holds it equal to what {@link PostalAddressShape} infers).
 */
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
