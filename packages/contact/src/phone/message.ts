import type { Locale, MessageArgs } from '@iom/core';
import type { PhoneNoteCode } from '../codes.js';
import { contactIssues } from '../messages/index.js';

/**
 * The message of a phone note, from `contactIssues`. Since `@iom/core`'s ESM build keeps one module per
 * source module, a bundle of `@iom/contact/phone` takes only core's small `defineIssues` module from it.
 */
export function phoneMessage(code: PhoneNoteCode, locale: Locale, args?: MessageArgs): string {
  return contactIssues.message(code, locale, args);
}
