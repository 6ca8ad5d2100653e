import { isCountryCode, LOCALES } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { coverageAt } from '../coverage.js';
import { structureFacts } from '../facts.js';
import { orgStructureKind } from '../kind.js';
import { ancestors, children, holderOf, regionalOfficeFor, unitsAt } from '../queries.js';
import { OrgStructure } from '../structure.js';
import { validateStructure } from '../validate.js';
import { iomFigures, iomStructure } from './index.js';

const TODAY = '2026-12-03';
const regionalOffices = (date: string) =>
  unitsAt(iomStructure, date)
    .filter((unit) => unit.kind === 'regional_office')
    .map((unit) => unit.id)
    .sort();

describe('iomStructure', () => {
  it('is a valid iom.org-structure@1 payload, already in its parsed form', () => {
    const parsed = OrgStructure.safeParse(iomStructure);
    expect(parsed.success).toBe(true);
    // The data entry casts the JSON to OrgStructure: parsing must add or change nothing.
    expect(parsed.data).toEqual(iomStructure);
    expect(validateStructure(iomStructure)).toEqual({ success: true, data: iomStructure, issues: [] });
    expect(orgStructureKind.schema.safeParse(iomStructure).success).toBe(true);
  });

  it('names every unit in English, French and Spanish', () => {
    for (const unit of iomStructure.units) {
      for (const locale of LOCALES) expect(unit.name[locale], `${unit.id} ${locale}`).toBeTruthy();
    }
  });

  it('sources every fact with https pages, and a test like this one refuses a fact without one', () => {
    const facts = structureFacts(iomStructure);
    expect(facts.length).toBeGreaterThan(100);
    const unsourced = (structure: OrgStructure) =>
      structureFacts(structure)
        .filter((fact) => (fact.sources?.length ?? 0) === 0)
        .map((fact) => fact.path.join('.'));
    expect(unsourced(iomStructure)).toEqual([]);
    for (const fact of facts) {
      for (const source of fact.sources ?? []) expect(source.url, fact.path.join('.')).toMatch(/^https:\/\//);
    }
    // The same check on a copy with one source removed names that fact.
    const copy: OrgStructure = structuredClone(iomStructure);
    const kenya = copy.units.find((unit) => unit.id === 'RO_NBO');
    const list = kenya?.coverage?.[0];
    if (list === undefined) throw new Error('RO_NBO has a coverage list');
    list.sources = [];
    const index = copy.units.indexOf(kenya as never);
    expect(unsourced(copy)).toEqual([`units.${index}.coverage.0`]);
  });

  it('has nine regional offices before 2024 and seven after the mergers into Panama and Vienna', () => {
    expect(regionalOffices('2020-06-01')).toEqual([
      'RO_BKK',
      'RO_BRU',
      'RO_BUE',
      'RO_CAI',
      'RO_DKR',
      'RO_NBO',
      'RO_PRY',
      'RO_SJO',
      'RO_VIE',
    ]);
    expect(regionalOffices(TODAY)).toEqual(['RO_BKK', 'RO_CAI', 'RO_DKR', 'RO_ECA', 'RO_NBO', 'RO_PRY', 'RO_PTY']);
    const byId = new Map(iomStructure.units.map((unit) => [unit.id, unit]));
    expect(byId.get('RO_PTY')?.replaces).toEqual(['RO_BUE', 'RO_SJO']);
    expect(byId.get('RO_ECA')?.replaces).toEqual(['RO_BRU', 'RO_VIE']);
  });

  it('gives every regional office today a dated, sourced list of the countries it covers', () => {
    for (const id of regionalOffices(TODAY)) {
      const unit = iomStructure.units.find((candidate) => candidate.id === id);
      if (unit === undefined) throw new Error(id);
      const countries = coverageAt(unit, TODAY);
      expect(countries.length, id).toBeGreaterThan(0);
      for (const code of countries) expect(isCountryCode(code), `${id} ${code}`).toBe(true);
      for (const list of unit.coverage ?? []) {
        expect(list.asOf, id).toMatch(/^\d{4}/);
        expect(list.sources.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('answers regionalOfficeFor by date across both mergers', () => {
    expect(regionalOfficeFor(iomStructure, 'KE', TODAY)?.id).toBe('RO_NBO');
    expect(regionalOfficeFor(iomStructure, 'ZA', TODAY)?.id).toBe('RO_PRY');
    expect(regionalOfficeFor(iomStructure, 'DE', '2020-06-01')?.id).toBe('RO_BRU');
    expect(regionalOfficeFor(iomStructure, 'DE', TODAY)?.id).toBe('RO_ECA');
    expect(regionalOfficeFor(iomStructure, 'UA', '2023-12-31')?.id).toBe('RO_VIE');
    expect(regionalOfficeFor(iomStructure, 'UA', '2024-01-01')?.id).toBe('RO_ECA');
    expect(regionalOfficeFor(iomStructure, 'MX', '2020-06-01')?.id).toBe('RO_SJO');
    expect(regionalOfficeFor(iomStructure, 'MX', TODAY)?.id).toBe('RO_PTY');
    // No ISO 3166-1 code: Kosovo is not in the data (the source names it; the model cannot).
    expect(regionalOfficeFor(iomStructure, 'XK', TODAY)).toBeUndefined();
  });

  it('moves Ecuador from Buenos Aires to Panama', () => {
    expect(regionalOfficeFor(iomStructure, 'EC', '2023-12-31')?.id).toBe('RO_BUE');
    expect(regionalOfficeFor(iomStructure, 'EC', '2024-01-01')?.id).toBe('RO_PTY');
    expect(regionalOfficeFor(iomStructure, 'PE', '2015-01-01')?.id).toBe('RO_BUE');
    expect(regionalOfficeFor(iomStructure, 'CO', '2025-03-01')?.id).toBe('RO_PTY');
    expect(ancestors(iomStructure, 'CO_EC', '2024-06-01').map((unit) => unit.id)).toEqual(['RO_PTY', 'OCOS', 'ODG']);
    expect(children(iomStructure, 'RO_PTY', '2024-06-01').map((unit) => unit.id)).toContain('CO_EC');
    expect(children(iomStructure, 'RO_PTY', '2023-06-01')).toEqual([]);
  });

  it('links every country office to the regional office that covers its country, on every date', () => {
    for (const unit of iomStructure.units) {
      if (unit.kind !== 'country_office' || unit.country === undefined) continue;
      const dates = [unit.validFrom ?? '2011-07-01', '2023-12-31', '2024-01-01', TODAY];
      for (const date of dates) {
        if (unit.validFrom !== undefined && date < unit.validFrom) continue;
        const byTree = ancestors(iomStructure, unit.id, date).find((above) => above.kind === 'regional_office');
        const covering = unitsAt(iomStructure, date).find(
          (office) => office.kind === 'regional_office' && coverageAt(office, date).includes(unit.country ?? ''),
        );
        expect(byTree?.id, `${unit.id} ${date}`).toBeDefined();
        expect(byTree?.id, `${unit.id} ${date}`).toBe(covering?.id);
      }
    }
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
