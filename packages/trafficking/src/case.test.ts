import { PayloadKindRegistry, toJsonSchema, validate } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { fullCase, fullCaseV1 } from '../test/fixtures.js';
import { TraffickingCase } from './case.js';
import { traffickingCaseKind, traffickingCaseKindV1 } from './kind.js';
import {
  classificationOf,
  classOf,
  FIELD_CLASSIFICATION,
  FIELD_CLASSIFICATION_V1_ONLY,
} from './privacy/classification.js';
import { TraffickingCaseShape } from './schema.js';
import { TraffickingCaseV1Shape } from './schema-v1.js';

describe('TraffickingCase', () => {
  it('accepts a full synthetic case and keeps unknown answers as unknown', () => {
    const result = TraffickingCase.safeParse(fullCase);
    expect(result.success).toBe(true);
    expect(result.data?.exploitation?.types?.ChildLabour).toBe('unknown');
    expect(result.data?.control?.methods?.SexualAbuse).toBe('unknown');
  });

  it('accepts a case without $kind and an empty case', () => {
    expect(TraffickingCase.safeParse({}).success).toBe(true);
    const { $kind: _ignored, ...rest } = fullCase;
    expect(TraffickingCase.safeParse(rest).success).toBe(true);
  });

  it('stores dates and ages as given', () => {
    const parsed = TraffickingCase.parse({
      registrationDate: '2021',
      person: { birthDate: '1999-02', ageAtRegistration: 22 },
    });
    expect(parsed.registrationDate).toBe('2021');
    expect(parsed.person?.birthDate).toBe('1999-02');
    expect(parsed.person?.ageAtRegistration).toBe(22);
  });

  it('rejects impossible dates, unknown codes and a checklist answer other than yes/no/unknown/notCollected', () => {
    const issues = validate(
      TraffickingCase,
      {
        registrationDate: '2021-02-30',
        person: { gender: 'Female' },
        control: { methods: { DebtBondage: 'maybe', NotAMethod: 'yes' } },
      },
      'fr',
    ).issues;
    const codes = issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
    expect(codes).toContain('registrationDate:partial_date_invalid');
    expect(codes.some((code) => code.startsWith('person.gender:'))).toBe(true);
    expect(codes.some((code) => code.startsWith('control.methods.DebtBondage'))).toBe(true);
    expect(issues.find((issue) => issue.code === 'partial_date_invalid')?.message).toMatch(/Date non valide/);
  });

  it('is a payload kind iom.trafficking-case@2, after @1, that a registry validates', () => {
    expect(traffickingCaseKind.ref).toBe('iom.trafficking-case@2');
    expect(traffickingCaseKindV1.ref).toBe('iom.trafficking-case@1');
    const registry = new PayloadKindRegistry([traffickingCaseKind]);
    expect(registry.validate(fullCase)).toMatchObject({ success: true, kind: traffickingCaseKind });
    expect(registry.validate(fullCaseV1)).toMatchObject({ success: true, kind: traffickingCaseKindV1 });
    const cityOnly = { person: { mailingAddress: { city: 'SYNTH-City' } } };
    expect(registry.validate({ ...cityOnly, $kind: 'iom.trafficking-case@1' }).success).toBe(true);
    expect(registry.validate({ ...cityOnly, $kind: 'iom.trafficking-case@2' }).success).toBe(false);
    expect(registry.validate({ ...fullCase, $kind: 'iom.trafficking-case@3' }).success).toBe(false);
  });

  it('holds the mailing address to core’s PostalAddress: a country, text not blank, a subdivision of its country', () => {
    const codes = (address: unknown) =>
      validate(TraffickingCase, { person: { mailingAddress: address } }, 'en').issues.map(
        (issue) => `${issue.path.join('.')}:${issue.code}`,
      );
    expect(codes({ country: 'EC', locality: 'SYNTH-City', subdivision: 'EC-P' })).toEqual([]);
    expect(codes({ locality: 'SYNTH-City' })).toEqual(['person.mailingAddress.country:invalid_type']);
    expect(codes({ country: 'EC', streetLines: [' '] })).toEqual(['person.mailingAddress.streetLines.0:too_small']);
    expect(codes({ country: 'PE', subdivision: 'EC-P' })).toEqual([
      'person.mailingAddress.subdivision:address_subdivision_country',
    ]);
    // Version 1's field names are not version 2's: they are not read (zod strips unknown fields).
    expect(TraffickingCase.parse({ person: { mailingAddress: { country: 'EC', city: 'x' } } })).toEqual({
      person: { mailingAddress: { country: 'EC' } },
    });
  });
});

/** Every leaf path of a JSON Schema: objects with properties are walked, arrays add `[]`. */
function leafPaths(schema: Record<string, unknown>, prefix: string): string[] {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (schema.type === 'object' && properties !== undefined) {
    return Object.entries(properties).flatMap(([key, child]) =>
      leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
    );
  }
  const items = schema.items as Record<string, unknown> | undefined;
  if (schema.type === 'array' && items?.type === 'object') return leafPaths(items, `${prefix}[]`);
  return [prefix];
}

describe('field classification covers the schema', () => {
  const paths = leafPaths(toJsonSchema(TraffickingCaseShape) as Record<string, unknown>, '');

  it('classifies every field of the schema, and only fields of the schema', () => {
    const classified = FIELD_CLASSIFICATION.map((entry) => entry.path);
    expect(paths.filter((path) => !classified.includes(path))).toEqual([]);
    expect(classified.filter((path) => !paths.includes(path))).toEqual([]);
    expect(new Set(classified).size).toBe(classified.length);
  });

  it('classifies every field of version 1 too, and only those, the fields only it has in FIELD_CLASSIFICATION_V1_ONLY', () => {
    const pathsV1 = leafPaths(toJsonSchema(TraffickingCaseV1Shape) as Record<string, unknown>, '');
    const onlyV1 = FIELD_CLASSIFICATION_V1_ONLY.map((entry) => entry.path);
    const classifiedV1 = classificationOf(1).map((entry) => entry.path);
    expect([...classifiedV1].sort()).toEqual([...pathsV1].sort());
    expect(classificationOf(2)).toBe(FIELD_CLASSIFICATION);
    expect(pathsV1.filter((path) => classOf(path) === undefined)).toEqual([]);
    expect(onlyV1.filter((path) => !pathsV1.includes(path) || paths.includes(path))).toEqual([]);
    // Each field version 1 names otherwise has the class of its version-2 counterpart.
    expect(onlyV1.map(classOf)).toEqual(
      ['streetLines', 'locality', 'region'].map((name) => classOf(`person.mailingAddress.${name}`)),
    );
  });
});
