import { toJsonSchema, validate } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLanguageTag, LANGUAGE_TAG_PATTERN, LanguageTag } from './language-tag.js';

function intlSays(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const ajv = new Ajv2020({ strict: true });
addFormats.default(ajv);
const checkJson = ajv.compile(toJsonSchema(LanguageTag));

// Tags built from subtags, right or wrong: language, script, region, variants, extensions.
const letters = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'aeqzAEQZ'), minLength: min, maxLength: max });
const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0149'), minLength: length, maxLength: length });
const subtag = fc.oneof(
  letters(1, 9),
  digits(3),
  fc.tuple(digits(1), letters(3, 3)).map(([a, b]) => a + b),
  fc.constantFrom('x', 'u', 'ca', 'gregory', 'valencia', '1996', '419', 'Hant', 'TW', 'yue', 'é', ' ', '', '_'),
);
const tagLike = fc.array(subtag, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('-'));

describe('LanguageTag', () => {
  it('accepts tags of a language, a script, a region and a variant, and refuses the rest', () => {
    for (const tag of [
      'en',
      'fr',
      'es',
      'pt',
      'qu',
      'fr-CA',
      'es-419',
      'zh-Hant-TW',
      'ca-ES-valencia',
      'de-1996',
      'EN-gb',
    ])
      expect([tag, isLanguageTag(tag), checkJson(tag)]).toEqual([tag, true, true]);
    for (const tag of [
      '',
      ' en',
      'en ',
      'en us',
      'en_US',
      'fr-',
      'español',
      'e$',
      'i-klingon',
      'en-u-ca-gregory',
      'en-x-private',
      'sl-rozaj-biske',
      'de-1996-1996',
      `${'a'.repeat(8)}-${'b'.repeat(60)}`,
    ])
      expect([tag, isLanguageTag(tag), checkJson(tag)]).toEqual([tag, false, false]);
    expect(isLanguageTag(42)).toBe(false);
  });

  it('takes only tags that Intl reads as well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(tagLike, fc.string({ maxLength: 12 })), (tag) => {
        if (isLanguageTag(tag)) expect(intlSays(tag)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same verdict in zod and in its JSON Schema', () => {
    expect(toJsonSchema(LanguageTag)).toMatchObject({ type: 'string', pattern: LANGUAGE_TAG_PATTERN });
    fc.assert(
      fc.property(fc.oneof(tagLike, fc.string({ maxLength: 12 })), (tag) => {
        expect(checkJson(tag)).toBe(LanguageTag.safeParse(tag).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('backs the LanguageTag schema', () => {
    expect(LanguageTag.safeParse('qu').success).toBe(true);
    expect(validate(LanguageTag, 'en_US').issues[0]?.code).toBe('language_tag_invalid');
  });
});
