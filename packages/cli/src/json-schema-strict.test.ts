// The JSON Schemas the packages ship (`iom schema <kind>`, scripts/write-json-schemas.mjs: both call
// toJsonSchema on the kinds the packages export) must work in any JSON Schema validator: only the
// formats JSON Schema 2020-12 defines (issue 12: `format: "e164"` made ajv refuse to compile), and
// ajv's strict mode, which refuses unknown formats and keywords, compiles every one of them.
import { toJsonSchema } from '@iom/core';
import { strictAjv } from '@iom/test-kit';
import { describe, expect, it } from 'vitest';
import { findKinds, loadPackages } from './discover.js';

const { packages } = await loadPackages();
const kinds = findKinds(packages);

/** The formats JSON Schema 2020-12 defines (Validation vocabulary, §7.3). */
const STANDARD_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/** Every `format` keyword of a schema, with where it is; data keywords (`enum`, `const`…) are not schemas. */
function formatsIn(schema: unknown, at = '#'): Array<{ at: string; format: unknown }> {
  if (typeof schema !== 'object' || schema === null) return [];
  if (Array.isArray(schema)) return schema.flatMap((item, index) => formatsIn(item, `${at}/${index}`));
  return Object.entries(schema).flatMap(([key, value]) => {
    if (['enum', 'const', 'default', 'examples'].includes(key)) return [];
    // Under `properties` (and the like) keys are field names, and a field may be called `format`.
    if (key === 'format' && typeof value !== 'object') return [{ at, format: value }];
    return formatsIn(value, `${at}/${key}`);
  });
}

describe('the shipped JSON Schemas', () => {
  it('cover every payload kind', () => {
    expect(kinds.map(({ kind }) => kind.ref)).toEqual(
      expect.arrayContaining([
        'iom.contact-point@1',
        'iom.media-contact@1',
        'iom.country-mission@1',
        'iom.org-structure@1',
        'iom.press-release@1',
        'iom.trafficking-case@1',
      ]),
    );
  });

  for (const { kind } of kinds) {
    it(`${kind.ref}: only standard formats, and ajv compiles it in strict mode`, () => {
      const schema = toJsonSchema(kind);
      const formats = formatsIn(schema);
      expect(formats.filter(({ format }) => !STANDARD_FORMATS.has(String(format)))).toEqual([]);
      expect(() => strictAjv().compile(schema)).not.toThrow();
    });
  }

  it('finds formats where they are, and only there', () => {
    const schema = {
      properties: { format: { type: 'string', format: 'e164' }, url: { format: 'uri' } },
      enum: [{ format: 'not a schema' }],
    };
    expect(formatsIn(schema)).toEqual([
      { at: '#/properties/format', format: 'e164' },
      { at: '#/properties/url', format: 'uri' },
    ]);
    expect(() => strictAjv().compile({ type: 'string', format: 'e164' })).toThrow(/unknown format/);
  });
});
