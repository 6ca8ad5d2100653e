import type { LabelCatalog } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traffickingLabels } from '../labels/index.js';
import { squash } from './fields.js';
import { VOCABULARIES } from './values.js';

/** Every label of a vocabulary's catalog, in every locale, with its code. */
const catalogs: readonly LabelCatalog<string>[] = [
  traffickingLabels.gender,
  traffickingLabels.maritalStatus,
  traffickingLabels.educationLevel,
  traffickingLabels.controlMethod,
  traffickingLabels.platform,
];

describe('HTCDS value matching', () => {
  it('folds accents both ways: an unaccented spelling finds an accented label', () => {
    expect(squash('Féminin')).toBe(squash('Feminin'));
    expect(squash('Educación primaria')).toBe(squash('EDUCACION PRIMARIA'));
    expect(squash('  Divorcé(e) ')).toBe(squash('divorcee'));
  });

  it('finds every label of every locale, written with or without its accents, as its own code', () => {
    for (const [column, vocabulary] of Object.entries(VOCABULARIES)) {
      for (const code of vocabulary.names) {
        expect(vocabulary.match(code)?.values, `${column} ${code}`).toContain(code);
      }
    }
    for (const catalog of catalogs) {
      const vocabulary = Object.values(VOCABULARIES).find((candidate) =>
        catalog.codes.every((code) => candidate.names.includes(code)),
      );
      expect(vocabulary, catalog.codes.join(', ')).toBeDefined();
      for (const code of catalog.codes) {
        for (const locale of ['en', 'fr', 'es'] as const) {
          const label = catalog.labels[locale][code] ?? code;
          const plain = label.normalize('NFD').replace(/\p{M}/gu, '');
          expect(vocabulary?.match(label)?.values, `${locale} "${label}"`).toEqual([code]);
          expect(vocabulary?.match(plain)?.values, `${locale} "${plain}"`).toEqual([code]);
        }
      }
    }
  });

  it('squash ignores accents in either Unicode form, spaces and punctuation, and keeps letters of any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const key = squash(text);
        expect(squash(text.normalize('NFD'))).toBe(key);
        expect(squash(text.normalize('NFC'))).toBe(key);
        expect(/[^\p{L}\p{N}]|\p{M}/u.test(key)).toBe(false);
        expect(squash(key)).toBe(key);
      }),
    );
    expect(squash('Кыргызстан')).toBe('кыргызстан');
  });
});
