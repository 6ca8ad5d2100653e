import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountryCode } from './country.js';
import { IsoDate } from './date.js';
import { toJsonSchema } from './json-schema.js';
import { LocalizedText } from './localized-text.js';
import { definePayloadKind, kindField } from './payload-kind.js';
import { SubdivisionCode } from './subdivision.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

const Place = z.strictObject({
  $kind: kindField('iom.test-place', 1).optional(),
  /** The country. */
  country: CountryCode,
  subdivision: SubdivisionCode.optional(),
  name: LocalizedText,
  since: IsoDate,
});
const placeKind = definePayloadKind({
  id: 'iom.test-place',
  version: 1,
  title: { en: 'Place', fr: 'Lieu', es: 'Lugar' },
  schema: Place,
});

describe('toJsonSchema', () => {
  const schema = toJsonSchema(placeKind);
  const check = ajv.compile(schema);

  it('describes the payload kind with an id and a title, and lists the ISO codes', () => {
    expect(schema).toMatchObject({ $id: 'urn:iom:payload:iom.test-place@1', title: 'Place', type: 'object' });
    expect(schema).toHaveProperty(['properties', 'country', 'enum'], expect.arrayContaining(['EC', 'PE', 'CO']));
  });

  it('gives the same verdict as zod on hand-picked payloads', () => {
    const cases = [
      { country: 'EC', name: { fr: 'Quito' }, since: '2024-02-29' },
      { $kind: 'iom.test-place@1', country: 'EC', subdivision: 'EC-P', name: { en: 'Quito' }, since: '2024-01-01' },
      { country: 'ZZ', name: { fr: 'Quito' }, since: '2024-01-01' },
      { country: 'ec', name: { fr: 'Quito' }, since: '2024-01-01' },
      { country: 'EC', name: {}, since: '2024-01-01' },
      { country: 'EC', name: { fr: 'Quito' }, since: '2023-02-29' },
      { country: 'EC', subdivision: 'EC-ZZ', name: { fr: 'Quito' }, since: '2024-01-01' },
      { country: 'EC', name: { fr: 'Quito' }, since: '2024-01-01', extra: true },
      { $kind: 'iom.test-place@2', country: 'EC', name: { fr: 'Quito' }, since: '2024-01-01' },
    ];
    for (const payload of cases) expect(check(payload), JSON.stringify(payload)).toBe(Place.safeParse(payload).success);
  });

  it('gives the same verdict as zod on generated payloads', () => {
    const payload = fc.record(
      {
        country: fc.constantFrom('EC', 'PE', 'ec', 'ZZ', 'ECU', ''),
        subdivision: fc.constantFrom('EC-P', 'PE-LIM', 'EC-ZZ', 'x'),
        name: fc.record({ en: fc.string({ maxLength: 3 }), fr: fc.string({ maxLength: 3 }) }, { requiredKeys: [] }),
        since: fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', 'today'),
      },
      { requiredKeys: ['country', 'name', 'since'] },
    );
    fc.assert(
      fc.property(payload, (value) => {
        // zod trims before checking that a text is not blank; JSON Schema cannot trim, so blank-only
        // texts are the documented difference and are left out here.
        fc.pre(Object.values(value.name).every((text) => text === '' || text.trim() !== ''));
        expect(check(value)).toBe(Place.safeParse(value).success);
      }),
    );
  });
});

describe('toJsonSchema of trimmed strings', () => {
  const spaced = fc.string({
    unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'a', 'é', '😀'),
    maxLength: 9,
  });
  const cases = {
    'trim().min(1)': z.string().trim().min(1),
    'trim().min(3).max(5)': z.string().trim().min(3).max(5),
    'trim().max(1)': z.string().trim().max(1),
    'trim().max(0)': z.string().trim().max(0),
    'trim().length(2)': z.string().trim().length(2),
    'trim().min(2).regex(/a/)': z.string().trim().min(2).regex(/a/),
    'trim().min(1).regex(/^\\S+$/) (MissionId)': z.string().trim().min(1).regex(/^\S+$/),
    'trim().regex(/^[aé]*$/) (takes the empty text)': z
      .string()
      .trim()
      .regex(/^[aé]*$/),
    'trim().regex(/^a[aé ]*$/).regex(/^[aé ]+$/) (two patterns)': z
      .string()
      .trim()
      .regex(/^a[aé ]*$/)
      .regex(/^[aé ]+$/),
    'trim().max(4).regex(/^(a|é)+$/)': z
      .string()
      .trim()
      .max(4)
      .regex(/^(a|é)+$/),
  };

  for (const [name, schema] of Object.entries(cases)) {
    it(`counts the trimmed text as zod does: ${name}`, () => {
      const check = ajv.compile(toJsonSchema(schema));
      fc.assert(
        fc.property(spaced, (text) => {
          expect(check(text)).toBe(schema.safeParse(text).success);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('refuses a text of spaces where zod does, as in LocalizedText', () => {
    const check = ajv.compile(toJsonSchema(LocalizedText));
    expect(check({ en: '   ' })).toBe(false);
    expect(check({ en: ' Quito ' })).toBe(true);
  });

  it('takes a mission id written with spaces around it, as zod does', () => {
    const check = ajv.compile(toJsonSchema(z.string().trim().min(1).regex(/^\S+$/)));
    expect(check(' CO_EC ')).toBe(true);
    expect(check('CO EC')).toBe(false);
  });

  it('leaves patterns it cannot rewrite as they are: one anchor, a top-level alternation, an escaped dollar', () => {
    expect(toJsonSchema(z.string().trim().regex(/^a/)).pattern).toBe('^a');
    expect(toJsonSchema(z.string().trim().regex(/^a|b$/)).pattern).toBe('^a|b$');
    expect(toJsonSchema(z.string().trim().regex(/^a\$/)).pattern).toBe('^a\\$');
    expect(toJsonSchema(z.string().regex(/^a$/)).pattern).toBe('^a$');
  });

  it('leaves strings that are not trimmed alone', () => {
    expect(toJsonSchema(z.string().min(1).max(3))).toMatchObject({ minLength: 1, maxLength: 3 });
    expect(toJsonSchema(z.string().min(1))).not.toHaveProperty('pattern');
  });
});

describe('toJsonSchema formats', () => {
  const strict = new Ajv2020({ strict: true });
  addFormats.default(strict);

  it('gives a format JSON Schema lacks as the pattern zod checks it with', () => {
    for (const schema of [z.e164(), z.cuid(), z.nanoid(), z.ulid(), z.emoji()]) {
      const document = toJsonSchema(schema);
      expect(document).not.toHaveProperty('format');
      expect(document).toHaveProperty('pattern');
      // ajv's strict mode refuses unknown formats: it compiles this one.
      expect(() => strict.compile(document)).not.toThrow();
    }
    const e164 = strict.compile(toJsonSchema(z.object({ phone: z.e164() })));
    for (const phone of ['+41227179111', '+593 2 244 4928', '022444928', '+0123456789', '+٤١٢٢٧١٧٩١١١'])
      expect([phone, e164({ phone })]).toEqual([phone, z.e164().safeParse(phone).success]);
  });

  it('keeps the formats JSON Schema defines', () => {
    expect(toJsonSchema(z.email())).toHaveProperty('format', 'email');
    expect(toJsonSchema(z.uuid())).toHaveProperty('format', 'uuid');
    expect(toJsonSchema(z.iso.date())).toHaveProperty('format', 'date');
  });

  it('refuses a check JSON Schema cannot repeat rather than give another verdict', () => {
    expect(() => toJsonSchema(z.jwt())).toThrow(/"jwt" is not a JSON Schema format/);
    expect(() => toJsonSchema(z.object({ link: z.url() }))).toThrow(/z\.url\(\).*HttpUrl/);
  });
});
