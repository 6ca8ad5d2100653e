import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../src/fixtures/index.js';
import { allKinds, loadEntries } from './modules.js';

const kinds = allKinds(await loadEntries());

describe('bench fixtures', () => {
  for (const kind of kinds.filter((candidate) => FIXTURES[candidate.ref] !== undefined)) {
    const fixtures = FIXTURES[kind.ref];
    it(`${kind.ref}: valid fixtures pass and invalid ones fail`, () => {
      for (let index = 0; index < 50; index++) {
        const valid = kind.schema.safeParse(fixtures?.valid(index));
        expect(valid.error?.issues ?? []).toEqual([]);
        expect(kind.schema.safeParse(fixtures?.invalid(index)).success).toBe(false);
      }
    });
  }
});
