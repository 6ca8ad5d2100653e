import { toJsonSchema } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, arbitraryCaseV1 } from '../test/arbitraries.js';
import { fullCase, fullCaseV1 } from '../test/fixtures.js';
import { traffickingCaseKind, traffickingCaseKindV1 } from './kind.js';
import { TraffickingCaseShape } from './schema.js';
import { TraffickingCaseV1Shape } from './schema-v1.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

const VERSIONS = [
  {
    kind: traffickingCaseKind,
    shape: TraffickingCaseShape,
    full: fullCase,
    arbitrary: arbitraryCase as fc.Arbitrary<unknown>,
    other: 'iom.trafficking-case@1',
  },
  {
    kind: traffickingCaseKindV1,
    shape: TraffickingCaseV1Shape,
    full: fullCaseV1,
    arbitrary: arbitraryCaseV1 as fc.Arbitrary<unknown>,
    other: 'iom.trafficking-case@2',
  },
] as const;

describe.each(VERSIONS)('JSON Schema of $kind.ref', ({ kind, shape, full, arbitrary, other }) => {
  const check = ajv.compile(toJsonSchema(kind));
  const verdicts = (input: unknown) => [shape.safeParse(input).success, check(input)];

  it('gives the same verdict as the zod shape (cross-field rules aside) on hand-picked payloads', () => {
    const cases: unknown[] = [
      full,
      fullCase,
      fullCaseV1,
      {},
      { registrationDate: '2021' },
      { registrationDate: '2021-13' },
      { registrationDate: '2023-02-29' },
      { person: { gender: 'Female' } },
      { control: { methods: { DebtBondage: 'maybe' } } },
      { control: { methods: { NotAMethod: 'yes' } } },
      { person: { citizenship: ['XX'] } },
      { movement: { origin: { subdivision: 'EC-I' } } },
      { person: { mailingAddress: {} } },
      { person: { mailingAddress: { city: 'SYNTH-City' } } },
      { person: { mailingAddress: { street: ' ', country: 'EC' } } },
      { person: { mailingAddress: { locality: 'SYNTH-City' } } },
      { person: { mailingAddress: { country: 'EC', streetLines: [' '] } } },
      { person: { mailingAddress: { country: 'EC', poBox: '' } } },
      { person: { mailingAddress: { country: 'EC', subdivision: 'EC-X' } } },
      { $kind: other },
    ];
    for (const input of cases) {
      const [zod, json] = verdicts(input);
      expect(json, JSON.stringify(input)).toBe(zod);
    }
  });

  it('property: same verdict on random synthetic cases', () => {
    fc.assert(
      fc.property(arbitrary, (record) => {
        const [zod, json] = verdicts(record);
        expect(json).toBe(zod);
      }),
      { numRuns: 100 },
    );
  });
});
