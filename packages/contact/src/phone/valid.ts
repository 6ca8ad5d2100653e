import { libphonenumber } from '#libphonenumber';
import type { PhoneNumber } from './schema.js';

/**
 * Whether a stored phone number is valid in today's numbering plan of its country (libphonenumber-js,
 * `max` metadata). The {@link PhoneNumber} schema checks only the E.164 form; use this where the plan
 * matters.
 */
export function isValidPhone(phone: Pick<PhoneNumber, 'e164'>): boolean {
  return libphonenumber().parsePhoneNumberFromString(phone.e164)?.isValid() === true;
}
