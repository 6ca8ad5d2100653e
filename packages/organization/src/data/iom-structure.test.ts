import { LOCALES } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { OrgStructure } from '../model.js';
import { ancestors, children, holderOf, regionalOfficeFor, unitsAt } from '../queries.js';
import { validateStructure } from '../validate-structure.js';
import { iomFigures, iomStructure } from './index.js';

describe('iomStructure', () => {
  it('passes the schema and validateStructure without issues', () => {
    expect(OrgStructure.safeParse(iomStructure).success).toBe(true);
    expect(validateStructure(iomStructure)).toEqual([]);
  });

  it('names every unit in English, French and Spanish and sources every fact', () => {
    for (const unit of iomStructure.units) {
      for (const locale of LOCALES) expect(unit.name[locale], `${unit.id} ${locale}`).toBeTruthy();
      expect(unit.sources?.length, unit.id).toBeGreaterThan(0);
    }
    for (const list of [iomStructure.links, iomStructure.posts, iomStructure.people, iomStructure.memberships]) {
      for (const item of list) expect(item.sources?.length).toBeGreaterThan(0);
    }
    for (const figure of iomFigures) expect(figure.sources?.length).toBeGreaterThan(0);
  });

  it('has nine regional offices before 2024 and eight after the merger into Panama', () => {
    const regional = (date: string) =>
      unitsAt(iomStructure, date)
        .filter((unit) => unit.kind === 'regional_office')
        .map((unit) => unit.id)
        .sort();
    expect(regional('2020-06-01')).toHaveLength(9);
    expect(regional('2020-06-01')).toContain('RO_BUE');
    expect(regional('2020-06-01')).toContain('RO_SJO');
    expect(regional('2024-06-01')).toEqual([
      'RO_BKK',
      'RO_BRU',
      'RO_CAI',
      'RO_DKR',
      'RO_NBO',
      'RO_PRY',
      'RO_PTY',
      'RO_VIE',
    ]);
    expect(iomStructure.units.find((unit) => unit.id === 'RO_PTY')?.replaces).toEqual(['RO_BUE', 'RO_SJO']);
  });

  it('moves Ecuador from Buenos Aires to Panama', () => {
    expect(regionalOfficeFor(iomStructure, 'EC', '2023-12-31')?.id).toBe('RO_BUE');
    expect(regionalOfficeFor(iomStructure, 'EC', '2024-01-01')?.id).toBe('RO_PTY');
    expect(regionalOfficeFor(iomStructure, 'PE', '2015-01-01')?.id).toBe('RO_BUE');
    expect(regionalOfficeFor(iomStructure, 'CO', '2025-03-01')?.id).toBe('RO_PTY');
    expect(ancestors(iomStructure, 'CO_EC', '2024-06-01').map((unit) => unit.id)).toEqual(['RO_PTY', 'OCOS', 'ODG']);
    expect(children(iomStructure, 'RO_PTY', '2024-06-01').map((unit) => unit.id)).toEqual(['CO_CO', 'CO_EC', 'CO_PE']);
    expect(children(iomStructure, 'RO_PTY', '2023-06-01')).toEqual([]);
  });

  it('knows who was Director General when', () => {
    expect(holderOf(iomStructure, 'DG', '2023-09-30')?.person?.name).toBe('António Vitorino');
    expect(holderOf(iomStructure, 'DG', '2023-10-01')?.person?.name).toBe('Amy E. Pope');
    expect(holderOf(iomStructure, 'DG', '2010-01-01')).toBeUndefined();
  });

  it('keeps the membership figures as dated facts', () => {
    const byMeasure = Object.fromEntries(iomFigures.map((figure) => [figure.measure, figure]));
    expect(byMeasure.member_states).toMatchObject({ value: 175, asOf: '2024' });
    expect(byMeasure.observer_states).toMatchObject({ value: 8 });
    expect(byMeasure.countries_with_presence).toMatchObject({ value: 171 });
  });
});
