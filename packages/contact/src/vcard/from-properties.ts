import {
  type Issue,
  isCountryCode,
  isHttpUrl,
  isSubdivisionCode,
  type Locale,
  type PathSegment,
  toLocale,
} from '@iom/core';
import { CONTACT_ROLES, type ContactRoleCode, PHONE_TYPES, type PhoneTypeCode } from '../codes.js';
import type { ContactPoint } from '../contact-point.js';
import { Email } from '../email.js';
import { en } from '../labels/en.js';
import { es } from '../labels/es.js';
import { fr } from '../labels/fr.js';
import { isLanguageTag } from '../language-tag.js';
import { contactIssues } from '../messages/index.js';
import { parsePhoneNumbers } from '../phone/parse.js';
import type { PhoneNumber } from '../phone/schema.js';
import { components, param, paramList, textValue, type VProperty } from './property.js';

const E164 = /^\+[1-9][0-9]{6,14}$/;

/** Properties read silently: the card's own metadata, not data about the contact. */
const METADATA = new Set(['version', 'kind', 'prodid', 'begin', 'end']);

function roleOf(text: string): ContactRoleCode | undefined {
  const wanted = text.trim().toLowerCase();
  for (const role of CONTACT_ROLES) {
    if (role === wanted) return role;
    for (const labels of [en, fr, es]) if (labels.roles[role].toLowerCase() === wanted) return role;
  }
  return undefined;
}

function phoneTypeOf(property: VProperty): PhoneTypeCode | undefined {
  const exact = param(property, 'x-iom-phone-type');
  if (exact !== undefined && (PHONE_TYPES as readonly string[]).includes(exact)) return exact as PhoneTypeCode;
  const types = paramList(property, 'type');
  if (types.includes('fax')) return 'fax';
  if (types.includes('cell')) return 'mobile';
  if (types.includes('pager')) return 'pager';
  return undefined;
}

/** Reads a TEL value: a tel: URI (vCard 4) or, leniently, a number written as text (vCard 3). */
function readTel(value: string): { e164: string; extension?: string } | undefined {
  const trimmed = value.trim();
  if (/^tel:/i.test(trimmed)) {
    const [number = '', ...uriParams] = trimmed.slice(4).split(';');
    const e164 = number.startsWith('+') ? `+${number.replace(/[^0-9]/g, '')}` : '';
    if (!E164.test(e164)) return undefined;
    const ext = uriParams.find((entry) => entry.toLowerCase().startsWith('ext='))?.slice(4);
    return ext !== undefined && /^[0-9]{1,10}$/.test(ext) ? { e164, extension: ext } : { e164 };
  }
  const reading = parsePhoneNumbers(trimmed).value[0];
  if (reading?.e164 === undefined || !E164.test(reading.e164)) return undefined;
  return reading.extension === undefined
    ? { e164: reading.e164 }
    : { e164: reading.e164, extension: reading.extension };
}

function byPref(properties: VProperty[]): VProperty[] {
  const rank = (property: VProperty): number => {
    const pref = Number(param(property, 'pref'));
    return Number.isInteger(pref) && pref >= 1 && pref <= 100 ? pref : 101;
  };
  return properties
    .map((property, index) => ({ property, index }))
    .sort((a, b) => rank(a.property) - rank(b.property) || a.index - b.index)
    .map((entry) => entry.property);
}

const nonEmpty = (text: string | undefined): string | undefined =>
  text === undefined || text.trim() === '' ? undefined : text;

/**
 * Builds a contact point from the properties of one vCard, reporting what it drops.
 * `path` is where the card sits in the caller's result (`[0]`).
 */
export function fromProperties(
  properties: readonly VProperty[],
  locale: Locale,
  path: readonly PathSegment[],
): { value: ContactPoint; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (...rest: PathSegment[]): PathSegment[] => [...path, ...rest];
  const named = (name: string) => properties.filter((property) => property.name === name);

  const version = named('version')[0];
  if (version !== undefined && textValue(version) !== '4.0') {
    issues.push(
      contactIssues.issue('vcard_version', locale, { path: at(), args: { version: textValue(version).slice(0, 8) } }),
    );
  }
  const kind = named('kind')[0];
  const fn = nonEmpty(named('fn')[0] === undefined ? undefined : textValue(named('fn')[0] as VProperty));
  if (fn === undefined) issues.push(contactIssues.issue('vcard_fn_missing', locale, { path: at('name') }));
  const org = named('org')[0];
  const orgParts = org === undefined ? [] : components(org);
  const organization = nonEmpty(orgParts[0]);
  const office = nonEmpty(
    orgParts
      .slice(1)
      .filter((part) => part.trim() !== '')
      .join(', '),
  );
  const n = named('n')[0];
  const nParts = n === undefined ? [] : components(n);
  const kindValue = kind === undefined ? undefined : textValue(kind).toLowerCase();
  const isPerson =
    kindValue === 'individual' ||
    (kindValue === undefined && (n !== undefined || (fn !== undefined && fn !== organization && fn !== office)));

  const contact: Record<string, unknown> = {};
  if (isPerson && fn !== undefined) {
    const [family, given, , prefix, suffix] = nParts.map(nonEmpty);
    contact.name = {
      full: fn,
      ...(given === undefined ? {} : { given }),
      ...(family === undefined ? {} : { family }),
      ...(prefix === undefined ? {} : { prefix }),
      ...(suffix === undefined ? {} : { suffix }),
    };
  }
  const title: Partial<Record<Locale, string>> = {};
  for (const property of named('title')) {
    const language = param(property, 'language');
    const target = (language === undefined ? undefined : toLocale(language)) ?? locale;
    const text = nonEmpty(textValue(property));
    if (text !== undefined && title[target] === undefined) title[target] = text;
  }
  if (Object.keys(title).length > 0) contact.title = title;
  const role = named('role')[0];
  if (role !== undefined) {
    const code = roleOf(textValue(role));
    if (code !== undefined) contact.role = code;
    else
      issues.push(
        contactIssues.issue('vcard_property_ignored', locale, { path: at('role'), args: { property: 'ROLE' } }),
      );
  }
  if (organization !== undefined) contact.organization = organization;
  if (office !== undefined) contact.office = office;

  const phones: PhoneNumber[] = [];
  for (const property of byPref(named('tel'))) {
    const tel = readTel(textValue(property));
    if (tel === undefined) {
      issues.push(contactIssues.issue('vcard_tel_unreadable', locale, { path: at('phones') }));
      continue;
    }
    const type = phoneTypeOf(property);
    phones.push({ ...tel, ...(type === undefined ? {} : { type }) });
  }
  if (phones.length > 0) contact.phones = phones;

  const emails: string[] = [];
  for (const property of byPref(named('email'))) {
    const email = textValue(property).trim();
    if (Email.validate(email)) emails.push(email);
    else issues.push(contactIssues.issue('vcard_email_invalid', locale, { path: at('emails') }));
  }
  if (emails.length > 0) contact.emails = emails;

  const adr = named('adr')[0];
  if (adr !== undefined) {
    const [poBox, , street, locality, region, postalCode, countryText] = components(adr).map(nonEmpty);
    const cc = param(adr, 'cc')?.toUpperCase() ?? countryText?.trim().toUpperCase();
    if (cc === undefined || !isCountryCode(cc)) {
      issues.push(contactIssues.issue('vcard_adr_country_unknown', locale, { path: at('address') }));
    } else {
      const subdivision = param(adr, 'x-iom-subdivision');
      contact.address = {
        country: cc,
        ...(street === undefined ? {} : { streetLines: street.split('\n').filter((line) => line.trim() !== '') }),
        ...(poBox === undefined ? {} : { poBox }),
        ...(locality === undefined ? {} : { locality }),
        ...(region === undefined ? {} : { region }),
        ...(subdivision !== undefined && isSubdivisionCode(subdivision) && subdivision.startsWith(`${cc}-`)
          ? { subdivision }
          : {}),
        ...(postalCode === undefined ? {} : { postalCode }),
      };
    }
  }
  const languages: string[] = [];
  for (const property of byPref(named('lang'))) {
    const tag = textValue(property).trim();
    if (isLanguageTag(tag)) languages.push(tag);
    else issues.push(contactIssues.issue('vcard_lang_invalid', locale, { path: at('languages') }));
  }
  if (languages.length > 0) contact.languages = languages;
  const url = named('url')[0];
  if (url !== undefined) {
    const href = textValue(url).trim();
    // The schema's own rule (HttpUrl): a reader returns only what the schema takes.
    if (isHttpUrl(href)) contact.url = href;
    else issues.push(contactIssues.issue('vcard_url_invalid', locale, { path: at('url') }));
  }

  const read = new Set(['fn', 'n', 'title', 'role', 'org', 'tel', 'email', 'adr', 'lang', 'url']);
  const ignored = new Set<string>();
  for (const property of properties) {
    if (METADATA.has(property.name) || read.has(property.name) || ignored.has(property.name)) continue;
    ignored.add(property.name);
    issues.push(
      contactIssues.issue('vcard_property_ignored', locale, {
        path: at(),
        args: { property: property.name.toUpperCase().slice(0, 40) },
      }),
    );
  }
  if (named('url').length > 1) {
    issues.push(contactIssues.issue('vcard_property_ignored', locale, { path: at('url'), args: { property: 'URL' } }));
  }
  if (
    contact.name === undefined &&
    contact.organization === undefined &&
    contact.office === undefined &&
    fn !== undefined
  ) {
    // An organisation card whose FN is not in ORG: the FN names the office.
    contact.office = fn;
  }
  return { value: contact as ContactPoint, issues };
}
