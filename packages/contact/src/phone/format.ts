import type { Locale } from '@iom/core';
import { libphonenumber } from '#libphonenumber';
import type { PhoneNumber } from './schema.js';

/** How {@link formatPhone} writes a number. */
export type PhoneStyle = 'international' | 'national' | 'e164' | 'rfc3966';

/** Options of {@link formatPhone}. */
export interface FormatPhoneOptions {
  /**
   * `international` (`+593 2 244 4928`, the default), `national` (`(02) 244-4928`), `e164`
   * (`+59322444928`, never with the extension, which E.164 has no room for) or `rfc3966`
   * (`tel:+593-2-244-4928;ext=123`, a tel: URI).
   */
  readonly style?: PhoneStyle;
  /** The language of the extension word in `international` and `national` styles: ext. / poste / ext. */
  readonly locale?: Locale;
}

const EXTENSION_WORD: { readonly [L in Locale]: string } = { en: 'ext.', fr: 'poste', es: 'ext.' };

/**
 * Writes a phone number in one of four styles, with libphonenumber-js's formatting rules for its
 * country. A number libphonenumber-js cannot read (an unknown calling code) is written as stored.
 *
 * @example
 * formatPhone({ e164: '+59322444928', extension: '123' }, { style: 'international' }); // '+593 2 244 4928 ext. 123'
 * formatPhone({ e164: '+59322444928' }, { style: 'national' }); // '(02) 244-4928'
 * formatPhone({ e164: '+59322444928', extension: '123' }, { style: 'rfc3966' }); // 'tel:+593-2-244-4928;ext=123'
 */
export function formatPhone(phone: Pick<PhoneNumber, 'e164' | 'extension'>, options: FormatPhoneOptions = {}): string {
  const style = options.style ?? 'international';
  const extension = phone.extension;
  const parsed = libphonenumber().parsePhoneNumberFromString(phone.e164);
  if (style === 'e164') return parsed?.number ?? phone.e164;
  if (parsed === undefined) {
    if (style === 'rfc3966') return `tel:${phone.e164}${extension === undefined ? '' : `;ext=${extension}`}`;
    return extension === undefined
      ? phone.e164
      : `${phone.e164} ${EXTENSION_WORD[options.locale ?? 'en']} ${extension}`;
  }
  if (style === 'rfc3966') {
    // RFC 3966 allows "-" as a visual separator: the international grouping, with dashes.
    const visual = parsed.formatInternational().replace(/\s+/g, '-');
    return `tel:${visual}${extension === undefined ? '' : `;ext=${extension}`}`;
  }
  const written = style === 'national' ? parsed.formatNational() : parsed.formatInternational();
  return extension === undefined ? written : `${written} ${EXTENSION_WORD[options.locale ?? 'en']} ${extension}`;
}
