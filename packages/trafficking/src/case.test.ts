import { PayloadKindRegistry, toJsonSchema, validate } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { fullCase } from '../test/fixtures.js';
import { TraffickingCase, traffickingCaseKind } from './case.js';
import { FIELD_CLASSIFICATION } from './privacy/classification.js';
import { TraffickingCaseShape } from './schema.js';

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

  it('is a payload kind iom.trafficking-case@1 that a registry validates', () => {
    expect(traffickingCaseKind.ref).toBe('iom.trafficking-case@1');
    const registry = new PayloadKindRegistry([traffickingCaseKind]);
    expect(registry.validate(fullCase).success).toBe(true);
    expect(registry.validate({ ...fullCase, $kind: 'iom.trafficking-case@2' }).success).toBe(false);
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
});
