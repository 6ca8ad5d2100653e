import { CountryCode, kindField } from '@iom/core';
import * as z from 'zod';
import type { Person } from './model.js';
import { Person as PersonSchema, TRAFFICKING_CASE_KIND, TraffickingCaseShape } from './schema.js';

// Version 1 of the kind (`iom.trafficking-case@1`) as it was published: the fields of version 2 but the
// person's mailing address, which had a form of its own. Its frozen contract
// (`contracts/iom.trafficking-case@1.json`) fails the tests if these fields change.

const Text = z.string().min(1);

/**
 * A mailing address of version 1 (HTCDS `prs_Mailing*`), every part optional. Version 2 holds a
 * `PostalAddress` of `@iom/core` instead; `postalAddressStep` moves one to the other.
 */
export const AddressV1 = z.object({
  /** Street and number. */
  street: Text.optional(),
  /** City or town. */
  city: Text.optional(),
  /** State or province, as written. */
  state: Text.optional(),
  /** Postal code. */
  postalCode: Text.optional(),
  /** Country. */
  country: CountryCode.optional(),
});
/** A mailing address of version 1 (`iom.trafficking-case@1`). */
export type AddressV1 = {
  /** Street and number. */
  street?: string | undefined;
  /** City or town. */
  city?: string | undefined;
  /** State or province, as written. */
  state?: string | undefined;
  /** Postal code. */
  postalCode?: string | undefined;
  /** Country. */
  country?: CountryCode | undefined;
};

/** The victim as a person in version 1 (HTCDS `prs_*`): the fields of version 2, with a {@link AddressV1}. */
export const PersonV1 = PersonSchema.extend({
  /** Mailing address (`prs_Mailing*`). */
  mailingAddress: AddressV1.optional(),
});
/**
 * The victim as a person in version 1.
 *
 * @interface
 */
export type PersonV1 = Omit<Person, 'mailingAddress'> & {
  /** Mailing address (`prs_Mailing*`). */
  mailingAddress?: AddressV1 | undefined;
};

/**
 * The fields of a trafficking case of version 1 (`iom.trafficking-case@1`), without its cross-field rules:
 * those of version 2, but the person's mailing address ({@link PersonV1}). A record is checked with
 * `TraffickingCaseV1`, which adds the rules.
 */
export const TraffickingCaseV1Shape = TraffickingCaseShape.extend({
  /** `iom.trafficking-case@1`, optional. */
  $kind: kindField(TRAFFICKING_CASE_KIND, 1).optional(),
  /** The victim. */
  person: PersonV1.optional(),
});
