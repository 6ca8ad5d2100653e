import { describe, expect, it } from 'vitest';
import { defineLabels, label, labelEntries } from './labels.js';

const Channel = defineLabels(['phone', 'email'], {
  en: { phone: 'Phone', email: 'Email' },
  fr: { phone: 'Téléphone', email: 'Courriel' },
  es: { phone: 'Teléfono', email: 'Correo electrónico' },
});

describe('label catalogs', () => {
  it('looks a label up by code and locale', () => {
    expect(label(Channel, 'email', 'fr')).toBe('Courriel');
    expect(label(Channel, 'phone', 'es')).toBe('Teléfono');
  });

  it('gives undefined for a code read from data that the list does not have', () => {
    const fromData: string = 'fax';
    expect(label(Channel, fromData, 'en')).toBeUndefined();
    expect(label(Channel, 'toString', 'en')).toBeUndefined();
  });

  it('lists entries in the catalog’s order', () => {
    expect(labelEntries(Channel, 'en')).toEqual([
      { code: 'phone', label: 'Phone' },
      { code: 'email', label: 'Email' },
    ]);
  });
});
