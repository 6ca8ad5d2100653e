/**
 * The code lists of `@iom/contact`, as plain constants: schemas, parsers and label catalogs all read
 * them from here, so a code added in one place and not in the others fails to compile.
 *
 * @module
 */

/**
 * Kinds of phone line. The first eleven follow libphonenumber's number types (what the numbering plan
 * says a number is); `fax` only ever comes from the text (a "Fax:" label) or from a vCard, since no
 * numbering plan tells fax lines apart.
 */
export const PHONE_TYPES = [
  'fixed',
  'mobile',
  'fixed-or-mobile',
  'fax',
  'toll-free',
  'premium-rate',
  'shared-cost',
  'voip',
  'personal',
  'pager',
  'uan',
  'voicemail',
] as const;

/** A kind of phone line: one of {@link PHONE_TYPES}. */
export type PhoneTypeCode = (typeof PHONE_TYPES)[number];

/**
 * What a contact point is for. `media` is the press contact of a release; `spokesperson` speaks for
 * IOM on the record; `chief-of-mission` heads a country office; `focal-point` is the person in charge
 * of a topic; `general` is an office's general line; `emergency` is a hotline.
 */
export const CONTACT_ROLES = [
  'media',
  'spokesperson',
  'chief-of-mission',
  'focal-point',
  'general',
  'emergency',
] as const;

/** What a contact point is for: one of {@link CONTACT_ROLES}. */
export type ContactRoleCode = (typeof CONTACT_ROLES)[number];

/**
 * The codes of the notes {@link parsePhoneNumbers} attaches to each number it reads. Some say how the
 * text was read (`phone_alternative_ending`, `phone_plus_added`, `phone_idd_prefix`,
 * `phone_default_country`); the others say why a number is not valid, and `phone_legacy_subscriber`
 * carries a suggestion that is never applied.
 */
export const PHONE_NOTE_CODES = [
  'phone_alternative_ending',
  'phone_plus_added',
  'phone_idd_prefix',
  'phone_default_country',
  'phone_country_unknown',
  'phone_calling_code_unknown',
  'phone_too_short',
  'phone_too_long',
  'phone_invalid_length',
  'phone_not_valid',
  'phone_legacy_subscriber',
] as const;

/** A phone note code: one of {@link PHONE_NOTE_CODES}. */
export type PhoneNoteCode = (typeof PHONE_NOTE_CODES)[number];

/** The codes of the issues of {@link parseContactBlock}. */
export const CONTACT_BLOCK_ISSUE_CODES = [
  'contact_block_not_found',
  'contact_name_missing',
  'contact_unreachable',
  'contact_email_missing_after_label',
  'contact_text_unread',
] as const;

/** The codes of the issues of the vCard and jCard readers. */
export const VCARD_ISSUE_CODES = [
  'vcard_not_found',
  'vcard_end_missing',
  'vcard_version',
  'vcard_line_malformed',
  'vcard_fn_missing',
  'vcard_property_ignored',
  'vcard_tel_unreadable',
  'vcard_email_invalid',
  'vcard_adr_country_unknown',
  'vcard_lang_invalid',
  'vcard_url_invalid',
  'jcard_malformed',
] as const;

/** The codes of the custom issues of this package's schemas. */
export const SCHEMA_ISSUE_CODES = ['contact_point_empty', 'media_contact_unreachable', 'language_tag_invalid'] as const;
/** A code of the custom issues of this package's schemas. */
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

/** Every issue code `@iom/contact` defines (phone notes included: they are issues in a contact block). */
export type ContactIssueCode =
  | PhoneNoteCode
  | (typeof CONTACT_BLOCK_ISSUE_CODES)[number]
  | (typeof VCARD_ISSUE_CODES)[number]
  | SchemaIssueCode;
