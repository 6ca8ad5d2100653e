import { Email, type MediaContact, parsePhoneNumbers } from '@iom/contact';
import { foldText, type Locale } from '@iom/core';
import { type NinjsObject, trimmedString } from './properties.js';

type Phone = NonNullable<MediaContact['phones']>[number];

/** One `contactInfo` entry read: an email address, a phone, or nothing readable (`unreadable`). */
export type ContactDetail = { email: string } | { phone: Phone } | 'unreadable' | undefined;

/** A phone from a `contactInfo` value: E.164 after parsing, the `;ext=` extension (RFC 3966) kept when numeric. */
function phoneOf(value: string, type: string, locale: Locale): Phone | undefined {
  const [number, extension] = value.split(/;ext=/u);
  const reading = parsePhoneNumbers(number ?? '', { locale }).value[0];
  if (reading?.e164 === undefined) return undefined;
  return {
    e164: reading.e164,
    ...(extension !== undefined && /^[0-9]{1,10}$/u.test(extension) ? { extension } : {}),
    ...(type === 'mobile' ? { type: 'mobile' as const } : type === 'fax' ? { type: 'fax' as const } : {}),
  };
}

/**
 * One `contactInfo` entry of a person: an email (by its type, or an `@` in the value; a `mailto:` prefix
 * dropped) or a phone; `undefined` when it has no value, `unreadable` when the value is neither.
 */
export function readContactDetail(entry: NinjsObject, locale: Locale): ContactDetail {
  const value = trimmedString(entry, 'value');
  const type = foldText(trimmedString(entry, 'type') ?? '');
  if (value === undefined) return undefined;
  if (type === 'email' || type === 'e-mail' || value.includes('@')) {
    const address = value.replace(/^mailto:/iu, '');
    return Email.validate(address) ? { email: address } : 'unreadable';
  }
  const phone = phoneOf(value, type, locale);
  return phone === undefined ? 'unreadable' : { phone };
}
