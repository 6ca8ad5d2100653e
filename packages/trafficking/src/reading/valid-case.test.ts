import type { Issue } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, markedValues } from '../../test/arbitraries.js';
import { fullCase } from '../../test/fixtures.js';
import { TraffickingCase } from '../case.js';
import type { Loose } from './loose.js';
import { fieldName, validCase } from './valid-case.js';

function check(record: unknown, index = 3) {
  const issues: Issue[] = [];
  const value = validCase(structuredClone(record) as Loose, { index, locale: 'en', issues });
  return { value, issues };
}

const droppedPaths = (issues: readonly Issue[]) =>
  issues.filter((issue) => issue.code === 'case_field_dropped').map((issue) => issue.path);

describe('validCase', () => {
  it('returns a valid record unchanged and reports nothing', () => {
    const { value, issues } = check(fullCase);
    expect(issues).toEqual([]);
    expect(value).toEqual(fullCase);
  });

  it('leaves out the field a cross-field rule points at, reporting the rule and the drop at the row', () => {
    const { value, issues } = check({ registrationDate: '2001', person: { birthDate: '2010-01-02' } });
    expect(value).toEqual({ person: { birthDate: '2010-01-02' } });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['date_order', [3, 'registrationDate']],
      ['case_field_dropped', [3, 'registrationDate']],
    ]);
    expect(issues[1]?.message).toBe('Row 4: registrationDate does not pass the case checks and was left out');
  });

  it('leaves out only the bad answer of a checklist, and holders it leaves empty', () => {
    const { value, issues } = check({
      exploitation: { types: { ForcedLabour: 'yes', Other: 'maybe' } },
      person: { gender: 'SYNTH-not-a-gender' },
    });
    expect(value).toEqual({ exploitation: { types: { ForcedLabour: 'yes' } } });
    expect(droppedPaths(issues)).toEqual([
      [3, 'person', 'gender'],
      [3, 'exploitation', 'types', 'Other'],
    ]);
    for (const issue of issues) expect(issue.message).not.toContain('SYNTH');
  });

  it('drops a list item whose required field is missing or wrong, naming items by their first position', () => {
    const { value, issues } = check({
      assistance: {
        referrals: [{ organisation: 'A' }, { direction: 'Incoming', organisation: 'B' }, { direction: 'Sideways' }],
      },
      person: { citizenship: ['EC', 'ECU', 'PE', 'xx'] },
    });
    expect(value).toEqual({
      assistance: { referrals: [{ direction: 'Incoming', organisation: 'B' }] },
      person: { citizenship: ['EC', 'PE'] },
    });
    expect(droppedPaths(issues)).toEqual(
      expect.arrayContaining([
        [3, 'assistance', 'referrals', 0],
        [3, 'assistance', 'referrals', 2, 'direction'],
        [3, 'person', 'citizenship', 1],
        [3, 'person', 'citizenship', 3],
      ]),
    );
  });

  it('keeps first positions when a later round drops from a list that already lost items', () => {
    // A wrong type stops zod before the whole-record rules: round 1 drops transit[0].country (and the place
    // it leaves empty); round 2 finds the rule broken at transit[2], by then at position 1.
    const { value, issues } = check({
      movement: { transit: [{ country: 123 }, { country: 'PE' }, { country: 'EC', subdivision: 'PE-LIM' }] },
    });
    expect(value).toEqual({ movement: { transit: [{ country: 'PE' }, { country: 'EC' }] } });
    expect(droppedPaths(issues)).toEqual([
      [3, 'movement', 'transit', 0, 'country'],
      [3, 'movement', 'transit', 2, 'subdivision'],
    ]);
    expect(issues.find((issue) => issue.code === 'subdivision_country_mismatch')?.path).toEqual([
      3,
      'movement',
      'transit',
      2,
      'subdivision',
    ]);
  });

  it('keeps free text the schema trims, trimmed, and reports nothing (property counterexample, seed 90458049)', () => {
    const { value, issues } = check({ person: { mailingAddress: { country: 'EC', streetLines: [' !', 'Av. 1'] } } });
    expect(issues).toEqual([]);
    expect(value).toEqual({ person: { mailingAddress: { country: 'EC', streetLines: ['!', 'Av. 1'] } } });
  });

  it('drops the row when the record itself is wrong', () => {
    const { value, issues } = check(['not', 'a', 'record']);
    expect(value).toBeUndefined();
    expect(issues.at(-1)).toMatchObject({ code: 'case_row_dropped', path: [3] });
  });

  it('names fields as messages write them', () => {
    expect(fieldName(['person', 'citizenship', 1])).toBe('person.citizenship[1]');
    expect(fieldName(['notCollected', 0])).toBe('notCollected[0]');
  });
});

// Leaves of a value, each as its path with list positions blanked out and its value: a multiset that does
// not depend on where list items moved.
// Text leaves are compared trimmed: the schema trims free text (`z.string().trim()`), its one normalization.
function leaves(value: unknown, path: readonly (string | number)[] = [], out: string[] = []): string[] {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      leaves(child, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
  } else {
    const leaf = typeof value === 'string' ? value.trim() : value;
    out.push(JSON.stringify([path.map((segment) => (typeof segment === 'number' ? '[]' : segment)), leaf]));
  }
  return out;
}

function leafPaths(value: unknown, path: (string | number)[] = []): Array<[(string | number)[], unknown]> {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

const junk = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 300 }),
  fc.constantFrom(null, true, 1.5, 'yes', 'no', 'EC', 'ECU', '2030', 'PE-LIM', 'EC-I', [], {}),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

/** Valid-looking fields that some whole-record rules compare. */
const ruleFields = fc.record(
  {
    registrationDate: fc.constantFrom('2001', '2020-05', '2030-01-01'),
    person: fc.record(
      {
        birthDate: fc.constantFrom('1990', '2010-06-01', '2025'),
        ageAtRegistration: fc.integer({ min: 0, max: 90 }),
        ageBand: fc.constantFrom('9--17', '30--38', '48+'),
        majority: fc.constantFrom('Adult', 'Minor'),
      },
      { requiredKeys: [] },
    ),
    victim: fc.record(
      {
        ageWhenTrafficked: fc.integer({ min: 0, max: 90 }),
        majorityWhenTrafficked: fc.constantFrom('Adult', 'Minor'),
        ageAtExploitationStart: fc.integer({ min: 0, max: 90 }),
      },
      { requiredKeys: [] },
    ),
    movement: fc.record(
      { origin: fc.record({ country: fc.constantFrom('EC', 'PE'), subdivision: fc.constantFrom('EC-I', 'PE-LIM') }) },
      { requiredKeys: [] },
    ),
    notCollected: fc.array(fc.constantFrom('person.gender', 'dataSource', 'registrationDate'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/**
 * A generated case with the rule fields merged in and some leaves replaced by junk. It builds a new record and
 * leaves the generated values as they were: fast-check hands the same values again while it shrinks, and a
 * generator that wrote into them once nested a junk dictionary inside itself (a cycle; CI's stack overflowed).
 */
function corrupted(
  record: object,
  extra: Record<string, unknown>,
  corruptions: ReadonlyArray<readonly [number, unknown]>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = structuredClone(record) as Record<string, unknown>;
  for (const [key, value] of Object.entries(structuredClone(extra))) {
    merged[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof merged[key] === 'object'
        ? { ...(merged[key] as object), ...value }
        : value;
  }
  const paths = leafPaths(merged).map(([path]) => path);
  for (const [at, value] of corruptions) {
    const path = paths[at % paths.length];
    if (path === undefined || path.length === 0) continue;
    let holder: Record<string | number, unknown> = merged;
    for (const segment of path.slice(0, -1)) holder = holder[segment] as Record<string | number, unknown>;
    holder[path[path.length - 1] as string | number] = structuredClone(value);
  }
  return merged;
}

describe('validCase property', () => {
  it('returns a record that passes TraffickingCase.safeParse, and every leaf it left out is under a reported drop', () => {
    const input = fc
      .tuple(arbitraryCase, ruleFields, fc.array(fc.tuple(fc.nat(), junk), { maxLength: 4 }))
      .map(([record, extra, corruptions]) => corrupted(record, extra, corruptions));
    fc.assert(
      fc.property(input, fc.nat({ max: 50 }), (record, index) => {
        const { value, issues } = check(record, index);
        for (const issue of issues) expect(issue.path[0]).toBe(index);
        expect(markedValues(issues.map((issue) => issue.message))).toEqual([]);
        if (value === undefined) {
          expect(issues.at(-1)?.code).toBe('case_row_dropped');
          return;
        }
        expect(TraffickingCase.safeParse(value).success).toBe(true);
        const dropped = droppedPaths(issues).map((path) => path.slice(1));
        const kept = leafPaths(record)
          .filter(([path]) => !dropped.some((prefix) => prefix.every((segment, i) => path[i] === segment)))
          .map(([path, leaf]) => leaves(leaf, path)[0]);
        // Empty objects and lists hold no leaf: only what was dropped may be missing, nothing else changed.
        expect(leaves(value).sort()).toEqual(kept.filter((leaf) => !/,(\{\}|\[\])\]$/.test(leaf ?? '')).sort());
      }),
      { numRuns: 400 },
    );
  });
});
