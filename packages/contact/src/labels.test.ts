import { label, templatePlaceholders } from '@iom/core';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_BLOCK_ISSUE_CODES,
  CONTACT_ROLES,
  PHONE_NOTE_CODES,
  PHONE_TYPES,
  SCHEMA_ISSUE_CODES,
  VCARD_ISSUE_CODES,
} from './codes.js';
import { ContactRoleLabels, PhoneTypeLabels } from './labels.js';
import { contactIssues } from './messages/index.js';

const ALL_ISSUE_CODES = [
  ...PHONE_NOTE_CODES,
  ...CONTACT_BLOCK_ISSUE_CODES,
  ...VCARD_ISSUE_CODES,
  ...SCHEMA_ISSUE_CODES,
];

describe('labels and messages', () => {
  it.each(['en', 'fr', 'es'] as const)(
    'has a distinct, non-empty label for every phone type and role in %s',
    (locale) => {
      const phones = PHONE_TYPES.map((code) => label(PhoneTypeLabels, code, locale));
      const roles = CONTACT_ROLES.map((code) => label(ContactRoleLabels, code, locale));
      for (const text of [...phones, ...roles]) expect(text.trim()).not.toBe('');
      expect(new Set(phones).size).toBe(phones.length);
      expect(new Set(roles).size).toBe(roles.length);
    },
  );

  it('has a message for every issue code in every locale, with the same placeholders', () => {
    for (const code of ALL_ISSUE_CODES) {
      const en = contactIssues.templates.en[code];
      expect(en).toBeTruthy();
      for (const locale of ['fr', 'es'] as const) {
        const other = contactIssues.templates[locale][code];
        expect(other, `${locale} ${code}`).toBeTruthy();
        expect(other).not.toBe(en);
        expect(templatePlaceholders(other)).toEqual(templatePlaceholders(en));
      }
    }
    expect(Object.keys(contactIssues.templates.en).sort()).toEqual([...ALL_ISSUE_CODES].sort());
  });
});
