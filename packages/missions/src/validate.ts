import { formatDate, type Issue, type Locale } from '@iom/core';
import { BEGINNING, END, isOutOfOrder, overlapStart, type Validity } from '@iom/organization';
import { missionIssues } from './issues.js';
import type { CountryMission } from './model.js';
import { missionValidity } from './queries.js';

/** Options of {@link validateMissions}. */
export interface ValidateMissionsOptions {
  /** The locale of the messages; English by default. */
  readonly locale?: Locale;
}

/** Calls `report` for each item overlapping an earlier one (items sorted by start; O(n log n)). */
function sweep<T extends Validity>(items: readonly T[], report: (earlier: T, later: T) => void): void {
  const sorted = [...items].sort((a, b) => ((a.validFrom ?? BEGINNING) < (b.validFrom ?? BEGINNING) ? -1 : 1));
  let latest: T | undefined;
  for (const item of sorted) {
    if (latest !== undefined && (latest.validUntil ?? END) >= (item.validFrom ?? BEGINNING)) report(latest, item);
    if (latest === undefined || (item.validUntil ?? END) > (latest.validUntil ?? END)) latest = item;
  }
}

/**
 * Checks a list of country missions and returns every problem (none: `[]`): unique ids, ordered
 * dates, the right office kinds, one head of mission at a time, one mission per country at a time,
 * and no start before the year established. Each issue names the ids involved.
 */
export function validateMissions(missions: readonly CountryMission[], options: ValidateMissionsOptions = {}): Issue[] {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const seen = new Set<string>();
  missions.forEach((mission, i) => {
    const ids = [mission.id, mission.mainOffice.id, ...mission.subOffices.map((office) => office.id)];
    ids.forEach((id, j) => {
      if (seen.has(id)) {
        const path = j === 0 ? ['id'] : j === 1 ? ['mainOffice', 'id'] : ['subOffices', j - 2, 'id'];
        issues.push(missionIssues.issue('mission_duplicate_id', locale, { path: [i, ...path], args: { id } }));
      }
      seen.add(id);
    });
    const dated: [Validity, string, (string | number)[]][] = [
      [mission, mission.id, []],
      [mission.mainOffice, mission.mainOffice.id, ['mainOffice']],
      ...mission.subOffices.map((office, j): [Validity, string, (string | number)[]] => [
        office,
        office.id,
        ['subOffices', j],
      ]),
      ...mission.chiefsOfMission.map((term, j): [Validity, string, (string | number)[]] => [
        term,
        term.name,
        ['chiefsOfMission', j],
      ]),
    ];
    for (const [item, id, path] of dated) {
      if (isOutOfOrder(item)) {
        issues.push(
          missionIssues.issue('mission_dates_out_of_order', locale, {
            path: [i, ...path, 'validUntil'],
            args: { id, validFrom: item.validFrom ?? '', validUntil: item.validUntil ?? '' },
          }),
        );
      }
    }
    if (mission.mainOffice.kind !== 'country_office') {
      issues.push(
        missionIssues.issue('mission_main_office_kind', locale, {
          path: [i, 'mainOffice', 'kind'],
          args: { mission: mission.id },
        }),
      );
    }
    mission.subOffices.forEach((office, j) => {
      if (office.kind !== 'sub_office') {
        issues.push(
          missionIssues.issue('mission_sub_office_kind', locale, {
            path: [i, 'subOffices', j, 'kind'],
            args: { mission: mission.id, id: office.id },
          }),
        );
      }
    });
    if (
      mission.validFrom !== undefined &&
      mission.yearEstablished !== undefined &&
      Number(mission.validFrom.slice(0, 4)) < mission.yearEstablished
    ) {
      issues.push(
        missionIssues.issue('mission_started_before_established', locale, {
          path: [i, 'validFrom'],
          args: { mission: mission.id, validFrom: mission.validFrom, year: mission.yearEstablished },
        }),
      );
    }
    const terms = mission.chiefsOfMission.map((term, index) => ({ ...term, index }));
    sweep(terms, (first, second) => {
      issues.push(
        missionIssues.issue('mission_chiefs_overlap', locale, {
          path: [i, 'chiefsOfMission', second.index],
          args: {
            mission: mission.id,
            date: formatDate(overlapStart(first, second), locale, 'long'),
            first: first.name,
            second: second.name,
          },
        }),
      );
    });
  });
  const byCountry = new Map<string, (Validity & { id: string; index: number })[]>();
  missions.forEach((mission, index) => {
    const list = byCountry.get(mission.country) ?? [];
    list.push({ ...missionValidity(mission), id: mission.id, index });
    byCountry.set(mission.country, list);
  });
  for (const [country, list] of byCountry) {
    sweep(list, (first, second) => {
      issues.push(
        missionIssues.issue('mission_country_overlap', locale, {
          path: [second.index, 'country'],
          args: {
            country,
            date: formatDate(overlapStart(first, second), locale, 'long'),
            first: first.id,
            second: second.id,
          },
        }),
      );
    });
  }
  return issues;
}
