import type { Issue, Locale } from '@iom/core';
import type { CountryCode as LpnCountry, PhoneNumberType } from 'libphonenumber-js/max';
import { libphonenumber } from '#libphonenumber';
import type { PhoneNoteCode, PhoneTypeCode } from '../codes.js';
import { phoneMessage } from './message.js';
import { countDigits } from './scan.js';

// Metadata: libphonenumber-js "max", for the reasons given in deps/libphonenumber.ts.

/** A note on how a number was read, or on why it is not valid. */
export interface PhoneNote extends Issue {
  /** `[index]`: the number the note is about, in {@link parsePhoneNumbers}'s `value`. */
  readonly path: readonly [number];
  /** A stable code (labels in every locale: `contactIssues`). */
  readonly code: PhoneNoteCode;
  /** The note, in the locale asked for. */
  readonly message: string;
  /**
   * Only on `phone_legacy_subscriber`: the number as it would be written in today's numbering plan,
   * in E.164 form. A suggestion: it is never put in `e164`.
   */
  readonly suggestion?: string;
}

/** One number read by {@link parsePhoneNumbers}. */
export interface PhoneReading {
  /** The number as written, with its alternative endings and extension (`593.2.4449.28/29`). */
  readonly raw: string;
  /**
   * The digits as written, in E.164 form (`+5932444928`), when a country calling code could be
   * told; present even when the number is not valid: check `valid`. Digits are never added.
   */
  readonly e164?: string;
  /** The extension's digits. */
  readonly extension?: string;
  /** The country (ISO 3166-1 alpha-2) the number belongs to, when libphonenumber-js can tell. */
  readonly country?: string;
  /** The kind of line: from the label when it names one (fax, mobile), else from the numbering plan. */
  readonly type?: PhoneTypeCode;
  /** The label written before the number (`Tél. :`), as written. */
  readonly label?: string;
  /** Whether the number is valid in today's numbering plan of its country. */
  readonly valid: boolean;
}

/** Options of {@link parsePhoneNumbers}. */
export interface ParsePhoneOptions {
  /**
   * The country of numbers written in national form (`(02) 244-4928`), as an ISO 3166-1 alpha-2 code,
   * typically the country of the mission that wrote the text. Without it, national numbers get no
   * `e164`.
   */
  readonly defaultCountry?: string;
  /** The locale of the notes' messages; English by default. */
  readonly locale?: Locale;
}

const TYPES: Partial<Record<PhoneNumberType, PhoneTypeCode>> = {
  FIXED_LINE: 'fixed',
  MOBILE: 'mobile',
  FIXED_LINE_OR_MOBILE: 'fixed-or-mobile',
  TOLL_FREE: 'toll-free',
  PREMIUM_RATE: 'premium-rate',
  SHARED_COST: 'shared-cost',
  VOIP: 'voip',
  PERSONAL_NUMBER: 'personal',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

/** Maps libphonenumber-js's number type onto this package's phone type. */
export function phoneTypeOf(type: PhoneNumberType | undefined): PhoneTypeCode | undefined {
  return type === undefined ? undefined : TYPES[type];
}

/**
 * Known numbering-plan changes that explain numbers printed before them. Each rule says which
 * national numbers (as written, too short today) it explains and how today's number is formed; the
 * result is only offered as a suggestion, and only when it is valid today.
 * Ecuador, 2001–2003: fixed-line subscriber numbers grew from 6 to 7 digits by a leading "2"
 * (the national numbering plan change of 2001–2003); "593.2.4449.28" is area 2, subscriber 444928.
 */
const PLAN_CHANGES: ReadonlyArray<{
  readonly country: string;
  readonly pattern: RegExp;
  readonly modernize: (national: string) => string;
  readonly args: { readonly year: string; readonly from: number; readonly to: number };
}> = [
  {
    country: 'EC',
    pattern: /^[2-7][0-9]{6}$/,
    modernize: (national) => `${national.slice(0, 1)}2${national.slice(1)}`,
    args: { year: '2001–2003', from: 6, to: 7 },
  },
];

/** Digits beyond which no phone number can go (E.164 allows 15; libphonenumber-js 17 national + 3). */
const MAX_DIGITS = 20;

function toAsciiDigits(text: string): string {
  let digits = '';
  for (const char of text) {
    if (char >= '0' && char <= '9') digits += char;
    else if (char >= '\uFF10' && char <= '\uFF19') digits += String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  }
  return digits;
}

/** A note of one number, before {@link parsePhoneNumbers} gives it the number's path. */
export type NoteBody = Omit<PhoneNote, 'path'>;

interface Attempt {
  readonly candidate: string;
  readonly country?: LpnCountry;
  readonly notes: readonly PhoneNoteCode[];
}

/**
 * Reads one written number (alternative ending already applied) with libphonenumber-js.
 * `text` may hold spaces, dots, dashes and brackets; `(0)` after a calling code is a trunk prefix.
 */
export function readNumber(
  text: string,
  options: ParsePhoneOptions,
): Pick<PhoneReading, 'e164' | 'country' | 'valid'> & { type?: PhoneTypeCode; notes: readonly NoteBody[] } {
  const locale = options.locale ?? 'en';
  const { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } =
    libphonenumber();
  const note = (code: PhoneNoteCode, args?: Record<string, string | number>, suggestion?: string): NoteBody => ({
    code,
    message: phoneMessage(code, locale, args),
    ...(suggestion === undefined ? {} : { suggestion }),
  });
  const defaultCountry =
    options.defaultCountry !== undefined && isSupportedCountry(options.defaultCountry)
      ? options.defaultCountry
      : undefined;
  if (text.length > MAX_DIGITS * 8 && countDigits(text) > MAX_DIGITS) {
    return { valid: false, notes: [note('phone_too_long', { country: '?', digits: countDigits(text) })] };
  }
  const trimmed = text.normalize('NFKC').trim();
  const hasPlus = trimmed.startsWith('+');
  // "(0)" after the calling code is the trunk prefix that international callers leave out.
  const digits = toAsciiDigits(trimmed.replace(/\(\s*0\s*\)/g, ' '));
  if (digits.length > MAX_DIGITS) {
    return { valid: false, notes: [note('phone_too_long', { country: '?', digits: digits.length })] };
  }

  const attempts: Attempt[] = [];
  if (hasPlus) attempts.push({ candidate: `+${digits}`, notes: [] });
  else if (digits.startsWith('00')) attempts.push({ candidate: `+${digits.slice(2)}`, notes: ['phone_idd_prefix'] });
  else if (digits.startsWith('0')) {
    if (defaultCountry !== undefined) {
      attempts.push({ candidate: digits, country: defaultCountry, notes: ['phone_default_country'] });
    }
  } else {
    const callingCode = defaultCountry === undefined ? undefined : getCountryCallingCode(defaultCountry);
    const international: Attempt = { candidate: `+${digits}`, notes: ['phone_plus_added'] };
    if (defaultCountry === undefined) attempts.push(international);
    else if (callingCode !== undefined && digits.startsWith(callingCode) && digits.length - callingCode.length >= 7) {
      // Both readings are possible: the international one wins unless only the national one is valid.
      attempts.push(international, { candidate: digits, country: defaultCountry, notes: ['phone_default_country'] });
    } else {
      attempts.push({ candidate: digits, country: defaultCountry, notes: ['phone_default_country'] });
    }
  }
  if (attempts.length === 0) return { valid: false, notes: [note('phone_country_unknown')] };

  const parsed = attempts.map((attempt) => ({
    attempt,
    number: parsePhoneNumberFromString(attempt.candidate, attempt.country === undefined ? {} : attempt.country),
  }));
  const chosen =
    parsed.find((entry) => entry.number?.isValid() === true) ??
    parsed.find((entry) => entry.number !== undefined) ??
    parsed[0];
  if (chosen === undefined) return { valid: false, notes: [note('phone_country_unknown')] };
  const notes: NoteBody[] = chosen.attempt.notes.map((code) =>
    code === 'phone_plus_added'
      ? note(code, { callingCode: chosen.number?.countryCallingCode ?? '?' })
      : code === 'phone_default_country'
        ? note(code, { country: defaultCountry ?? '?' })
        : note(code),
  );
  const number = chosen.number;
  if (number === undefined) {
    const length = validatePhoneNumberLength(chosen.attempt.candidate, chosen.attempt.country ?? {});
    if (length === 'INVALID_COUNTRY' || length === undefined || length === 'NOT_A_NUMBER') {
      notes.push(
        note(
          hasPlus || chosen.attempt.candidate.startsWith('+') ? 'phone_calling_code_unknown' : 'phone_country_unknown',
        ),
      );
    } else {
      notes.push(lengthNote(length, chosen.attempt.country ?? '?', digits.length, note));
    }
    return { valid: false, notes };
  }
  const country = number.country;
  const valid = number.isValid();
  if (!valid) {
    const where = country ?? `+${number.countryCallingCode}`;
    const length = validatePhoneNumberLength(number.number);
    notes.push(
      length === undefined
        ? note('phone_not_valid', { country: where })
        : lengthNote(length, where, number.nationalNumber.length, note),
    );
    for (const change of PLAN_CHANGES) {
      if (change.country !== country || !change.pattern.test(number.nationalNumber)) continue;
      const suggestion = parsePhoneNumberFromString(
        `+${number.countryCallingCode}${change.modernize(number.nationalNumber)}`,
      );
      if (suggestion?.isValid() === true) {
        notes.push(note('phone_legacy_subscriber', { country: change.country, ...change.args }, suggestion.number));
      }
    }
  }
  const type = valid ? phoneTypeOf(number.getType()) : undefined;
  return {
    e164: number.number,
    ...(country === undefined ? {} : { country }),
    ...(type === undefined ? {} : { type }),
    valid,
    notes,
  };
}

function lengthNote(
  length: string,
  country: string,
  digits: number,
  note: (code: PhoneNoteCode, args?: Record<string, string | number>) => NoteBody,
): NoteBody {
  const args = { country, digits };
  if (length === 'TOO_SHORT') return note('phone_too_short', args);
  if (length === 'TOO_LONG') return note('phone_too_long', args);
  return note('phone_invalid_length', args);
}
