import { type OrgStructureRecord as OrgStructure, type OrgStructureInput, OrgStructureShape } from '../src/model.js';

/**
 * A small valid structure for tests: HQ → two regional offices (one replaced in 2024) → a country office.
 * Parsed by the shape alone, so that overrides may break the whole-record rules the tests check.
 */
export function smallStructure(overrides: Partial<OrgStructureInput> = {}): OrgStructure {
  return OrgStructureShape.parse({
    organization: { id: 'ORG', name: { en: 'Org' } },
    units: [
      { id: 'HQ', kind: 'headquarters_office', name: { en: 'HQ' } },
      {
        id: 'RO_A',
        kind: 'regional_office',
        name: { en: 'A' },
        validUntil: '2023-12-31',
        coverage: [{ countries: ['EC'], asOf: '2020', sources: [{ url: 'https://example.org/a' }] }],
      },
      {
        id: 'RO_B',
        kind: 'regional_office',
        name: { en: 'B' },
        validFrom: '2024-01-01',
        coverage: [{ countries: ['EC'], asOf: '2024', sources: [{ url: 'https://example.org/b' }] }],
      },
      { id: 'CO', kind: 'country_office', name: { en: 'CO' }, country: 'EC', validFrom: '2000-01-01' },
    ],
    links: [
      { child: 'RO_A', parent: 'HQ', validUntil: '2023-12-31' },
      { child: 'RO_B', parent: 'HQ', validFrom: '2024-01-01' },
      { child: 'CO', parent: 'RO_A', validFrom: '2000-01-01', validUntil: '2023-12-31' },
      { child: 'CO', parent: 'RO_B', validFrom: '2024-01-01' },
    ],
    posts: [{ id: 'DG', kind: 'director_general', unitId: 'HQ' }],
    people: [
      { id: 'p1', name: 'First', grammaticalGender: 'masculine' },
      { id: 'p2', name: 'Second', grammaticalGender: 'feminine' },
    ],
    memberships: [
      { id: 'm1', personId: 'p1', postId: 'DG', validFrom: '2018-10-01', validUntil: '2023-09-30' },
      { id: 'm2', personId: 'p2', postId: 'DG', validFrom: '2023-10-01' },
    ],
    ...overrides,
  });
}

/** `list[index]`, failing the test when it is missing (tests use it instead of `!`). */
export function nth<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no item at ${index}`);
  return value;
}

/** Two units, each the parent of the other: no root, one cycle, from the start. */
export function twoUnitCycle(): OrgStructure {
  return smallStructure({
    units: [
      { id: 'A', kind: 'unit', name: { en: 'A' } },
      { id: 'B', kind: 'unit', name: { en: 'B' } },
    ],
    links: [
      { child: 'A', parent: 'B' },
      { child: 'B', parent: 'A' },
    ],
    posts: [],
    memberships: [],
  });
}
