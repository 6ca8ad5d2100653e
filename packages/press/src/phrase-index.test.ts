import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from './phrase-index.js';

const slowFold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('foldWord', () => {
  it('lowercases and strips diacritics', () => {
    expect(foldWord('Équateur')).toBe('equateur');
    expect(foldWord('PERÚ')).toBe('peru');
    expect(foldWord('Quito')).toBe('quito');
  });

  it('gives the same key on the ASCII fast path as through Unicode normalization', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (word) => {
        expect(foldWord(word)).toBe(slowFold(word));
      }),
      { numRuns: 500 },
    );
  });
});
