import { coveragePeriod } from '../coverage.js';
import type { CoverageList, OrgUnit } from '../model.js';
import { BEGINNING, END, isOutOfOrder, nextDay, overlapStart, sweepOverlaps, type Validity } from '../validity.js';
import { type StructureReporter, when } from './reporter.js';

type CoveragePeriod = Validity & { readonly id: string; readonly index: number };

/** The first day a coverage list holds outside its office's validity, if any. */
function outsideUnit(unit: OrgUnit, list: CoverageList): string | undefined {
  if (list.validFrom !== undefined && list.validFrom < (unit.validFrom ?? BEGINNING)) return list.validFrom;
  if (list.validUntil !== undefined && list.validUntil > (unit.validUntil ?? END))
    return nextDay(unit.validUntil ?? END);
  return undefined;
}

/** One office's lists: in order, within the office's validity, not overlapping. */
function checkOfficeLists(out: StructureReporter, unit: OrgUnit & { coverage: CoverageList[] }, index: number) {
  const periods = unit.coverage.map((list, listIndex) => ({ ...coveragePeriod(unit, list), listIndex }));
  unit.coverage.forEach((list, listIndex) => {
    const path = ['units', index, 'coverage', listIndex];
    if (isOutOfOrder(list)) out.reversed([...path, 'validUntil'], list);
    const outside = outsideUnit(unit, list);
    if (outside !== undefined) {
      out.add('org_coverage_outside_unit', path, `${unit.id}|${listIndex}`, () => ({
        id: unit.id,
        when: when(outside),
      }));
    }
  });
  sweepOverlaps(periods, (first, second) => {
    out.add(
      'org_coverage_lists_overlap',
      ['units', index, 'coverage', second.listIndex],
      `${unit.id}|${first.listIndex}|${second.listIndex}`,
      () => ({
        id: unit.id,
        when: when(overlapStart(first, second)),
      }),
    );
  });
  return periods;
}

/**
 * The coverage rules (each listed code is checked by its field, `CountryCode`): an office's lists do not
 * overlap in time and lie within the office's validity, and a country is covered by at most one
 * regional office on any day.
 */
export function checkCoverage(out: StructureReporter, units: readonly OrgUnit[]): void {
  const byCountry = new Map<string, CoveragePeriod[]>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'regional_office' || unit.coverage === undefined) return;
    const periods = checkOfficeLists(out, { ...unit, coverage: unit.coverage }, index);
    unit.coverage.forEach((list, listIndex) => {
      const period = periods[listIndex];
      if (period === undefined) return;
      // One entry per list, shared by every country it names (a regional office covers dozens).
      const entry = { ...period, id: unit.id, index };
      for (const country of new Set(list.countries)) {
        const entries = byCountry.get(country);
        if (entries === undefined) byCountry.set(country, [entry]);
        else entries.push(entry);
      }
    });
  });
  for (const [country, list] of byCountry) {
    sweepOverlaps(list, (first, second) => {
      // Two lists of one office overlapping are reported above, once, not per country.
      if (first.id === second.id) return;
      out.add(
        'org_coverage_overlap',
        ['units', second.index, 'coverage'],
        `${country}|${first.id}|${second.id}`,
        () => ({
          country,
          first: first.id,
          second: second.id,
          when: when(overlapStart(first, second)),
        }),
      );
    });
  }
}
