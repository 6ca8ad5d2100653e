import { toJsonSchema } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase } from '../test/arbitraries.js';
import { fullCase } from '../test/fixtures.js';
import { traffickingCaseKind } from './case.js';
import { TraffickingCaseShape } from './schema.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

describe('JSON Schema of iom.trafficking-case@1', () => {
  const schema = toJsonSchema(traffickingCaseKind);
  const check = ajv.compile(schema);
  const verdicts = (input: unknown) => [TraffickingCaseShape.safeParse(input).success, check(input)];

  it('gives the same verdict as the zod shape (cross-field rules aside) on hand-picked payloads', () => {
    const cases: unknown[] = [
      fullCase,
      {},
      { registrationDate: '2021' },
      { registrationDate: '2021-13' },
      { registrationDate: '2023-02-29' },
      { person: { gender: 'Female' } },
      { control: { methods: { DebtBondage: 'maybe' } } },
      { control: { methods: { NotAMethod: 'yes' } } },
      { person: { citizenship: ['XX'] } },
      { movement: { origin: { subdivision: 'EC-I' } } },
      { $kind: 'iom.trafficking-case@2' },
    ];
    for (const input of cases) {
      const [zod, json] = verdicts(input);
      expect(json, JSON.stringify(input)).toBe(zod);
    }
  });

  it('property: same verdict on random synthetic cases', () => {
    fc.assert(
      fc.property(arbitraryCase, (record) => {
        const [zod, json] = verdicts(record);
        expect(json).toBe(zod);
      }),
      { numRuns: 100 },
    );
  });
});
