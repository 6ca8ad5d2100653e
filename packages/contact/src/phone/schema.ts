import { leanStringFormat } from '@iom/core';
import * as z from 'zod';
import { PHONE_TYPES, type PhoneTypeCode } from '../codes.js';

/** A kind of phone line: fixed, mobile, fax, toll-free… (labels in `PhoneTypeLabels`). */
export const PhoneType = z.enum(PHONE_TYPES);
/** A kind of phone line. */
export type PhoneType = PhoneTypeCode;

/**
 * A phone number, stored in E.164 form with its extension apart.
 *
 * The schema checks the E.164 *form* (`+`, a country calling code, at most 15 digits), not the
 * numbering plan: it needs no phone metadata, so importing it costs nothing. Whether the number is
 * valid today is what {@link parsePhoneNumbers} (and `isValidPhone`) tell, with libphonenumber-js.
 *
 * @example
 * const phone: PhoneNumber = { e164: '+41227179111', extension: '123', type: 'fixed' };
 */
export const PhoneNumber = z.object({
  /** The number in E.164 form: `+`, the country calling code and the national number, digits only. */
  e164: leanStringFormat(z.e164()),
  /** The extension, digits only (written `ext. 123`, `poste 123` or `anexo 123`). */
  extension: z
    .string()
    .regex(/^[0-9]{1,10}$/)
    .optional(),
  /** The kind of line, when known. */
  type: PhoneType.optional(),
});
/** A phone number in E.164 form, with its extension and kind of line. */
export type PhoneNumber = {
  /** The number in E.164 form: `+`, the country calling code and the national number, digits only. */
  e164: string;
  /** The extension, digits only (written `ext. 123`, `poste 123` or `anexo 123`). */
  extension?: string | undefined;
  /** The kind of line, when known. */
  type?: PhoneType | undefined;
};
