import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenForMessage } from './shorten.js';

/** A surrogate without its pair: text that is not well-formed UTF-16 (String#isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('shortenForMessage', () => {
  it('keeps a short value whole and cuts a long one after maxLength characters', () => {
    expect(shortenForMessage('MISSION_EC')).toBe('MISSION_EC');
    expect(shortenForMessage('x'.repeat(24))).toBe('x'.repeat(24));
    expect(shortenForMessage('x'.repeat(25))).toBe(`${'x'.repeat(24)}…`);
    expect(shortenForMessage('ABCDEFGHIJ', 8)).toBe('ABCDEFGH…');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(shortenForMessage(`abc${'😀'.repeat(5)}`, 4)).toBe('abc…');
  });

  it('is a prefix of the value, at most maxLength long plus the ellipsis, and well-formed UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (value, max) => {
        const shown = shortenForMessage(value, max);
        if (value.length <= max) {
          expect(shown).toBe(value);
          return;
        }
        expect(shown.endsWith('…')).toBe(true);
        const kept = shown.slice(0, -1);
        expect(value.startsWith(kept)).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(max);
        expect(kept.length).toBeGreaterThanOrEqual(max - 1);
        // A lone high surrogate at the end would be a half pair cut by the shortening.
        const end = kept.charCodeAt(kept.length - 1);
        if (kept.length < value.length && !LONE_SURROGATE.test(value))
          expect(end >= 0xd800 && end <= 0xdbff).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
