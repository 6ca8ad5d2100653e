import { CONTACT_ROLES, PHONE_TYPES } from '@iom/contact';
import { isCountryCode, isSubdivisionCode, LocalizedText } from '@iom/core';
import { isObject, type Problem } from './util.js';

// The rules of iom.contact-point@1 and iom.media-contact@1 written by hand. The email pattern is zod's
// own (the same rule), E.164 is `+` and 7 to 15 digits, a language tag is what Intl accepts.

type P = (string | number)[];
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const EXTENSION = /^[0-9]{1,10}$/;
const ROLES: ReadonlySet<string> = new Set(CONTACT_ROLES);
const PHONES: ReadonlySet<string> = new Set(PHONE_TYPES);
const LOCALIZED_KEYS = new Set(['en', 'fr', 'es']);

const trimmed = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

// Intl's answers remembered, as @iom/contact's isLanguageTag does: a careful hand-written validator would
// not ask Intl for the same few tags on every payload either.
const TAGS = new Map<string, boolean>();

function languageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 64) return false;
  let known = TAGS.get(tag);
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      known = false;
    }
    if (TAGS.size < 512) TAGS.set(tag, known);
  }
  return known;
}

function url(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const parsed = new URL(value);
    return parsed.protocol.length > 1;
  } catch {
    return false;
  }
}

function optionalTrimmed(o: Record<string, unknown>, key: string, path: P, out: Problem[]): void {
  if (o[key] !== undefined && !trimmed(o[key])) out.push({ path: [...path, key], code: 'too_small' });
}

/** Validates a contact point by hand; `media` also requires a phone or an email. */
export function checkContact(input: unknown, media: boolean): Problem[] {
  const out: Problem[] = [];
  if (!isObject(input)) return [{ path: [], code: 'invalid_type' }];
  const kind = media ? 'iom.media-contact@1' : 'iom.contact-point@1';
  if (input.$kind !== undefined && input.$kind !== kind) out.push({ path: ['$kind'], code: 'invalid_value' });
  const name = input.name;
  if (name !== undefined) {
    if (!isObject(name)) out.push({ path: ['name'], code: 'invalid_type' });
    else {
      if (!trimmed(name.full)) out.push({ path: ['name', 'full'], code: 'too_small' });
      for (const key of ['given', 'family', 'prefix', 'suffix']) optionalTrimmed(name, key, ['name'], out);
    }
  }
  const title = input.title;
  if (title !== undefined) {
    // LocalizedText has its own rules (at least one language); its schema is the reference here.
    if (
      !isObject(title) ||
      !Object.keys(title).every((k) => LOCALIZED_KEYS.has(k)) ||
      !LocalizedText.safeParse(title).success
    )
      out.push({ path: ['title'], code: 'invalid_localized_text' });
  }
  if (input.role !== undefined && (typeof input.role !== 'string' || !ROLES.has(input.role)))
    out.push({ path: ['role'], code: 'invalid_value' });
  optionalTrimmed(input, 'organization', [], out);
  optionalTrimmed(input, 'office', [], out);
  const phones = input.phones;
  if (phones !== undefined) {
    if (!Array.isArray(phones)) out.push({ path: ['phones'], code: 'invalid_type' });
    else
      phones.forEach((phone, i) => {
        if (!isObject(phone)) {
          out.push({ path: ['phones', i], code: 'invalid_type' });
          return;
        }
        if (typeof phone.e164 !== 'string' || !E164.test(phone.e164))
          out.push({ path: ['phones', i, 'e164'], code: 'invalid_format' });
        if (phone.extension !== undefined && (typeof phone.extension !== 'string' || !EXTENSION.test(phone.extension)))
          out.push({ path: ['phones', i, 'extension'], code: 'invalid_format' });
        if (phone.type !== undefined && (typeof phone.type !== 'string' || !PHONES.has(phone.type)))
          out.push({ path: ['phones', i, 'type'], code: 'invalid_value' });
      });
  }
  const emails = input.emails;
  if (emails !== undefined) {
    if (!Array.isArray(emails)) out.push({ path: ['emails'], code: 'invalid_type' });
    else
      emails.forEach((email, i) => {
        if (typeof email !== 'string' || !EMAIL.test(email)) out.push({ path: ['emails', i], code: 'invalid_format' });
      });
  }
  const address = input.address;
  if (address !== undefined) {
    if (!isObject(address)) out.push({ path: ['address'], code: 'invalid_type' });
    else {
      if (!isCountryCode(address.country)) out.push({ path: ['address', 'country'], code: 'country_code' });
      for (const key of ['poBox', 'locality', 'region', 'postalCode']) optionalTrimmed(address, key, ['address'], out);
      const lines = address.streetLines;
      if (lines !== undefined && (!Array.isArray(lines) || !lines.every(trimmed)))
        out.push({ path: ['address', 'streetLines'], code: 'too_small' });
      const sub = address.subdivision;
      if (sub !== undefined) {
        if (!isSubdivisionCode(sub)) out.push({ path: ['address', 'subdivision'], code: 'subdivision_code' });
        else if (out.length === 0 && !sub.startsWith(`${address.country}-`))
          out.push({ path: ['address', 'subdivision'], code: 'address_subdivision_country' });
      }
    }
  }
  const languages = input.languages;
  if (languages !== undefined) {
    if (!Array.isArray(languages)) out.push({ path: ['languages'], code: 'invalid_type' });
    else
      languages.forEach((tag, i) => {
        if (typeof tag !== 'string' || !languageTag(tag))
          out.push({ path: ['languages', i], code: 'language_tag_invalid' });
      });
  }
  if (input.url !== undefined && !url(input.url)) out.push({ path: ['url'], code: 'invalid_url' });
  if (out.length > 0) return out;
  if (input.name === undefined && input.organization === undefined && input.office === undefined)
    out.push({ path: [], code: 'contact_point_empty' });
  if (media && (Array.isArray(phones) ? phones.length : 0) + (Array.isArray(emails) ? emails.length : 0) === 0)
    out.push({ path: [], code: 'media_contact_unreachable' });
  return out;
}
