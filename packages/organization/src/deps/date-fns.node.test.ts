import { describe, expect, it } from 'vitest';
import { dateFns as imported } from './date-fns.js';
import { dateFns as required } from './date-fns.node.js';

// The Node build loads date-fns with require() on first use: it must count days as the import does.
describe("the Node build's date-fns", () => {
  it('gives the same next day as the imported date-fns, across month, year and leap-day ends', () => {
    for (const date of ['2024-02-28', '2024-02-29', '2023-12-31', '2025-06-30', '0001-01-01']) {
      const next = (api: ReturnType<typeof imported>) =>
        api.lightFormat(api.addDays(new Date(`${date}T00:00`), 1), 'yyyy-MM-dd');
      expect(next(required())).toBe(next(imported()));
    }
    expect(required()).toBe(required());
  });
});
