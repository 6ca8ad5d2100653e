import { validate } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLanguageTag, LanguageTag } from './language-tag.js';

function intlSays(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

describe('isLanguageTag', () => {
  it('accepts BCP 47 tags and refuses the rest', () => {
    for (const tag of ['en', 'fr', 'es', 'pt', 'qu', 'fr-CA', 'zh-Hant-TW']) expect(isLanguageTag(tag)).toBe(true);
    for (const tag of ['', 'en us', 'en_US', 'fr-', `${'a'.repeat(8)}-${'b'.repeat(60)}`])
      expect(isLanguageTag(tag)).toBe(false);
  });

  it('gives Intl’s answer every time, remembered or not', () => {
    const tags = fc.oneof(fc.constantFrom('en', 'fr-CA', 'xx', 'en_US', 'i-klingon'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(tags, { maxLength: 20 }), (list) => {
        for (const tag of [...list, ...list]) {
          expect(isLanguageTag(tag)).toBe(tag.length > 0 && tag.length <= 64 && intlSays(tag));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('backs the LanguageTag schema', () => {
    expect(LanguageTag.safeParse('qu').success).toBe(true);
    expect(validate(LanguageTag, 'en_US').issues[0]?.code).toBe('language_tag_invalid');
  });
});
