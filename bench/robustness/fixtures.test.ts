import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../src/fixtures/index.js';
import { HANDWRITTEN } from '../src/handwritten/index.js';
import { allKinds, loadEntries } from './modules.js';

const kinds = allKinds(await loadEntries());
/** The payloads per kind that the validation benchmark cycles through (src/validation.ts). */
const N = 64;

const paths = (list: readonly { path: readonly PropertyKey[] }[]): string[] =>
  [...new Set(list.map((issue) => issue.path.map(String).join('.')))].sort();

describe('bench fixtures', () => {
  for (const kind of kinds.filter((candidate) => FIXTURES[candidate.ref] !== undefined)) {
    const fixtures = FIXTURES[kind.ref];
    it(`${kind.ref}: valid fixtures pass and invalid ones fail`, () => {
      for (let index = 0; index < N; index++) {
        // The schema's whole verdict: fields and whole-record rules, as `iom validate` gives it.
        const valid = kind.schema.safeParse(fixtures?.valid(index));
        expect(valid.error?.issues ?? []).toEqual([]);
        expect(kind.schema.safeParse(fixtures?.invalid(index)).success).toBe(false);
      }
    });

    it(`${kind.ref}: ${N} distinct valid and ${N} distinct invalid fixtures`, () => {
      for (const make of [fixtures?.valid, fixtures?.invalid]) {
        const texts = new Set(Array.from({ length: N }, (_, index) => JSON.stringify(make?.(index))));
        expect(texts.size).toBe(N);
      }
    });

    const hand = HANDWRITTEN[kind.ref];
    if (hand === undefined) continue;
    it(`${kind.ref}: the hand-written validator agrees with zod on the verdict and the issue paths`, () => {
      for (let index = 0; index < N; index++) {
        for (const payload of [fixtures?.valid(index), fixtures?.invalid(index)]) {
          const result = kind.schema.safeParse(payload);
          const problems = hand(payload);
          expect(problems.length === 0).toBe(result.success);
          expect(paths(problems)).toEqual(paths(result.error?.issues ?? []));
        }
      }
    });
  }
});
