import { describe, expect, it } from 'vitest';
import { PHONE_NOTE_CODES } from '../codes.js';
import { contactIssues } from '../messages/index.js';
import { phoneMessage } from './message.js';

describe('phoneMessage', () => {
  it('renders every phone note exactly as contactIssues does, in every locale', () => {
    const args = { count: 2, callingCode: '593', country: 'EC', digits: 7, year: '2001–2003', from: 6, to: 7 };
    for (const code of PHONE_NOTE_CODES) {
      for (const locale of ['en', 'fr', 'es'] as const) {
        expect(phoneMessage(code, locale, args)).toBe(contactIssues.message(code, locale, args));
        expect(phoneMessage(code, locale)).toBe(contactIssues.message(code, locale));
      }
    }
  });
});
