import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.js';

/** A combining mark: the acute, grave, circumflex, tilde, diaeresis, cedilla and others of U+0300–U+036F. */
const mark = fc.integer({ min: 0x300, max: 0x36f }).map((code) => String.fromCharCode(code));
/** An ASCII word, each letter maybe followed by combining marks: the same word, accented. */
const accented = fc
  .array(
    fc.tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      fc.array(mark, { maxLength: 2 }),
    ),
    {
      maxLength: 20,
    },
  )
  .map((letters) => ({
    plain: letters.map(([letter]) => letter).join(''),
    accented: letters.map(([letter, marks]) => letter + marks.join('')).join(''),
  }));

describe('foldText', () => {
  it('folds case and accents, in composed and decomposed forms', () => {
    expect(foldText('Équateur')).toBe('equateur');
    expect(foldText('E\u0301quateur')).toBe('equateur');
    expect(foldText('FÉMININ')).toBe(foldText('feminin'));
    expect(foldText('Perú')).toBe('peru');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('Straße')).toBe('straße');
    expect(foldText('plain ASCII')).toBe('plain ascii');
  });

  it('is accent-insensitive both ways: an accented spelling and the plain one fold alike', () => {
    fc.assert(
      fc.property(accented, ({ plain, accented: written }) => {
        expect(foldText(written)).toBe(foldText(plain));
        expect(foldText(written.normalize('NFC'))).toBe(foldText(plain));
      }),
    );
  });

  it('gives the same key for both Unicode forms, leaves no combining mark, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldText(text);
        expect(foldText(text.normalize('NFD'))).toBe(folded);
        expect(foldText(text.normalize('NFC'))).toBe(folded);
        expect(/\p{M}/u.test(folded)).toBe(false);
        expect(foldText(folded)).toBe(folded);
      }),
    );
  });
});
