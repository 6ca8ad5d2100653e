import type { IssueTemplates } from '@iom/core';
import type { ContactIssueCode, SchemaIssueCode } from '../codes.js';

/**
 * English messages of the schemas' own checks, apart from the others: an app that only validates
 * carries these alone (messages/schema.ts).
 */
export const enSchema = {
  contact_point_empty: 'A contact point needs a name, an organisation or an office.',
  media_contact_unreachable: 'A media contact needs at least one phone number or email address.',
  language_tag_invalid: 'Not a valid BCP 47 language tag.',
} satisfies IssueTemplates<SchemaIssueCode>;

/** English messages of the phone notes, contact-block and vCard issues of `@iom/contact`. */
export const enReaders = {
  phone_alternative_ending:
    'Written as an alternative ending of the number before it: its last {count} digits were replaced by the {count} digits written after the slash.',
  phone_plus_added: 'Written without "+": read as an international number with calling code +{callingCode}.',
  phone_idd_prefix: 'The "00" international call prefix was read as "+".',
  phone_default_country: 'Written as a national number: read as a number of {country}, the default country.',
  phone_country_unknown: 'Written as a national number and no default country was given: its country is unknown.',
  phone_calling_code_unknown: 'No country or service uses this calling code.',
  phone_too_short: 'Too short for a phone number of {country}: the national number has {digits} digits.',
  phone_too_long: 'Too long for a phone number of {country}: the national number has {digits} digits.',
  phone_invalid_length: 'No phone number of {country} has a national number of {digits} digits.',
  phone_not_valid: 'Has the length of a phone number of {country} but does not match its numbering plan.',
  phone_legacy_subscriber:
    'Looks like a number written before {year}, when subscriber numbers in {country} grew from {from} to {to} digits. The suggestion shows the number in today’s plan; it was not applied.',
  contact_block_not_found:
    'No "for more information, contact" sentence was found: the whole text was read as a contact block.',
  contact_name_missing: 'This contact has no name.',
  contact_unreachable: 'This contact has neither a phone number nor an email address.',
  contact_email_missing_after_label: 'An email label is not followed by an address.',
  contact_text_unread: 'A line of the contact block could not be read and was left out.',
  vcard_not_found: 'No vCard (BEGIN:VCARD … END:VCARD) was found.',
  vcard_end_missing: 'The vCard has no END:VCARD line; it was read up to the end of the text.',
  vcard_version: 'The vCard says VERSION {version}; it was read as vCard 4.0.',
  vcard_line_malformed: 'A line has no property name followed by ":" and was left out.',
  vcard_fn_missing: 'The vCard has no FN (formatted name), which vCard 4.0 requires.',
  vcard_property_ignored: 'The property {property} is not read by this package and was left out.',
  vcard_tel_unreadable: 'A TEL value is not an international phone number and was left out.',
  vcard_email_invalid: 'An EMAIL value is not a valid email address and was left out.',
  vcard_adr_country_unknown: 'The address has no ISO country code (CC parameter) and was left out.',
  vcard_lang_invalid: 'A LANG value is not a valid BCP 47 language tag and was left out.',
  vcard_url_invalid: 'A URL value is not an absolute http or https link and was left out.',
  jcard_malformed: 'Not a jCard: expected ["vcard", [properties…]].',
} satisfies IssueTemplates<Exclude<ContactIssueCode, SchemaIssueCode>>;
