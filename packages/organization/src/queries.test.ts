import { describe, expect, it } from 'vitest';
import { smallStructure, twoUnitCycle } from '../test/fixtures.js';
import { ancestors, children, holderOf, holdersOf, parentOf, regionalOfficeFor, unitAt, unitsAt } from './queries.js';

describe('queries', () => {
  const structure = smallStructure();

  it('lists the units of a date', () => {
    expect(unitsAt(structure, '2023-12-31').map((unit) => unit.id)).toEqual(['HQ', 'RO_A', 'CO']);
    expect(unitsAt(structure, '2024-01-01').map((unit) => unit.id)).toEqual(['HQ', 'RO_B', 'CO']);
    expect(unitAt(structure, 'RO_A', '2024-01-01')).toBeUndefined();
  });

  it('walks up and down the tree of a date', () => {
    expect(parentOf(structure, 'CO', '2023-12-31')?.id).toBe('RO_A');
    expect(ancestors(structure, 'CO', '2024-01-01').map((unit) => unit.id)).toEqual(['RO_B', 'HQ']);
    expect(ancestors(structure, 'CO', '1999-01-01')).toEqual([]);
    expect(children(structure, 'HQ', '2020-01-01').map((unit) => unit.id)).toEqual(['RO_A']);
    expect(children(structure, 'RO_B', '2024-02-01').map((unit) => unit.id)).toEqual(['CO']);
  });

  it('stops at a cycle instead of looping', () => {
    const cyclic = twoUnitCycle();
    expect(ancestors(cyclic, 'A', '2020-01-01').map((unit) => unit.id)).toEqual(['B']);
  });

  it('finds the holder of a post', () => {
    expect(holderOf(structure, 'DG', '2023-09-30')?.person?.name).toBe('First');
    expect(holderOf(structure, 'DG', '2023-10-01')?.membership.id).toBe('m2');
    expect(holderOf(structure, 'DG', '2000-01-01')).toBeUndefined();
    expect(holdersOf(structure, 'NOPE', '2024-01-01')).toEqual([]);
  });

  it('finds the regional office of a country by coverage or by the tree', () => {
    expect(regionalOfficeFor(structure, 'EC', '2023-12-31')?.id).toBe('RO_A');
    expect(regionalOfficeFor(structure, 'EC', '2024-01-01')?.id).toBe('RO_B');
    const byTree = smallStructure();
    for (const unit of byTree.units) delete unit.coverage;
    expect(regionalOfficeFor(byTree, 'EC', '2024-01-01')?.id).toBe('RO_B');
    expect(regionalOfficeFor(byTree, 'PE', '2024-01-01')).toBeUndefined();
  });
});
