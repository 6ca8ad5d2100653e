/**
 * Phone numbers only: `parsePhoneNumbers`, `formatPhone`, `isValidPhone` and the `PhoneNumber`
 * schema, with libphonenumber-js (`max` metadata). Import from `@iom/contact/phone` to leave the rest
 * of the package out of a bundle; `@iom/contact` exports the same.
 *
 * @packageDocumentation
 */
export { PHONE_NOTE_CODES, PHONE_TYPES, type PhoneNoteCode, type PhoneTypeCode } from '../codes.js';
export { type FormatPhoneOptions, formatPhone, type PhoneStyle } from '../phone/format.js';
export { parsePhoneNumbers } from '../phone/parse.js';
export type { ParsePhoneOptions, PhoneNote, PhoneReading } from '../phone/read.js';
export { PhoneNumber, PhoneType } from '../phone/schema.js';
export { isValidPhone } from '../phone/valid.js';
