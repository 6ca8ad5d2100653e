import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase } from '../test/arbitraries.js';
import { smallCase } from '../test/fixtures.js';
import { countCases } from './aggregate.js';

const many = (n: number, overrides: Parameters<typeof smallCase>[0]) =>
  Array.from({ length: n }, () => smallCase(overrides));

describe('countCases', () => {
  it('counts by exploitation type, country of exploitation and year, and suppresses small cells', () => {
    const records = [
      ...many(12, {}),
      ...many(3, { registrationDate: '2021-03-01' }),
      ...many(11, { exploitation: { types: { ForcedLabour: 'yes', SexualExploitation: 'yes' }, countries: ['CO'] } }),
      ...many(5, { exploitation: { types: { ForcedLabour: 'unknown' }, countries: ['CO'] } }),
    ];
    expect(countCases(records)).toEqual([
      { exploitationType: 'ForcedLabour', country: 'CO', year: 2020, count: 11, suppressed: false },
      { exploitationType: 'ForcedLabour', country: 'PE', year: 2020, count: 12, suppressed: false },
      { exploitationType: 'ForcedLabour', country: 'PE', year: 2021, count: null, suppressed: true },
      { exploitationType: 'SexualExploitation', country: 'CO', year: 2020, count: 11, suppressed: false },
    ]);
  });

  it('can count by citizenship and with another threshold', () => {
    const result = countCases(many(3, {}), { country: 'citizenship', threshold: 3 });
    expect(result).toEqual([
      { exploitationType: 'ForcedLabour', country: 'EC', year: 2020, count: 3, suppressed: false },
    ]);
  });

  it('property: no published count is below the threshold', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase, { maxLength: 60 }), fc.integer({ min: 1, max: 15 }), (records, threshold) => {
        for (const cell of countCases(records, { threshold })) {
          if (cell.count !== null) expect(cell.count).toBeGreaterThanOrEqual(threshold);
          expect(cell.suppressed).toBe(cell.count === null);
        }
      }),
      { numRuns: 100 },
    );
  });
});
