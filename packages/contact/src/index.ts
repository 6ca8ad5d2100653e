/**
 * Contact formats as people write them: email addresses, phone numbers (E.164, read with
 * libphonenumber-js), postal addresses, contact points and media contacts; a reader for the contact
 * paragraph of press releases in English, French and Spanish; vCard 4.0 and jCard.
 *
 * Smaller entry points: `@iom/contact/email` and `@iom/contact/phone`.
 *
 * @packageDocumentation
 */
/**
 * A postal address: `PostalAddress` of `@iom/core`, the one address model of the packages, re-exported
 * here where contact points use it.
 */
export { PostalAddress, PostalAddressShape } from '@iom/core';
export {
  CONTACT_BLOCK_ISSUE_CODES,
  CONTACT_ROLES,
  type ContactIssueCode,
  type ContactRoleCode,
  PHONE_NOTE_CODES,
  PHONE_TYPES,
  type PhoneNoteCode,
  type PhoneTypeCode,
  SCHEMA_ISSUE_CODES,
  type SchemaIssueCode,
  VCARD_ISSUE_CODES,
} from './codes.js';
export { type ParseContactBlockOptions, parseContactBlock } from './contact-block.js';
export {
  type ContactFields,
  ContactPoint,
  ContactPointShape,
  ContactRole,
  contactPointKind,
  MediaContact,
  MediaContactShape,
  mediaContactKind,
} from './contact-point.js';
export { contactConverters } from './converters.js';
export { Email, emailKey } from './email.js';
export { extractEmails } from './email-extract.js';
export { ContactRoleLabels, PhoneTypeLabels } from './labels.js';
export { isLanguageTag, LANGUAGE_TAG_PATTERN, LanguageTag } from './language-tag.js';
export { contactIssues } from './messages/index.js';
export { PersonName } from './person-name.js';
export { type FormatPhoneOptions, formatPhone, type PhoneStyle } from './phone/format.js';
export { type PhoneNumbersReading, parsePhoneNumbers } from './phone/parse.js';
export type { ParsePhoneOptions, PhoneNote, PhoneReading } from './phone/read.js';
export { PhoneNumber, PhoneType } from './phone/schema.js';
export { isValidPhone } from './phone/valid.js';
export { type FromVCardOptions, fromJCard, fromVCard } from './vcard/read.js';
export { type JCard, toJCard, toVCard } from './vcard/write.js';
