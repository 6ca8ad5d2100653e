import { coreIssues, dateArg, type IssueSink, type PathSegment } from '@iom/core';
import { isOutOfOrder, overlapStart, sweepOverlaps, type Validity } from '@iom/organization';
import { missionIssues } from './messages/index.js';
import type { CountryMissionRecord as CountryMission } from './model.js';
import { missionValidity } from './queries.js';

/** The ids a mission defines (its own, its offices'), each with its path inside the mission. */
function missionIds(mission: CountryMission): [id: string, path: PathSegment[]][] {
  return [
    [mission.id, ['id']],
    [mission.mainOffice.id, ['mainOffice', 'id']],
    ...mission.subOffices.map((office, j): [string, PathSegment[]] => [office.id, ['subOffices', j, 'id']]),
  ];
}

/** Every dated part of a mission, with its path. */
function datedParts(mission: CountryMission): [Validity, PathSegment[]][] {
  return [
    [mission, []],
    [mission.mainOffice, ['mainOffice']],
    ...mission.subOffices.map((office, j): [Validity, PathSegment[]] => [office, ['subOffices', j]]),
    ...mission.chiefsOfMission.map((term, j): [Validity, PathSegment[]] => [term, ['chiefsOfMission', j]]),
  ];
}

/**
 * The whole-record rules of one country mission, as a zod check of `CountryMission`: ids used once,
 * dates in order, a country office as the main office and sub-offices below it, no start before the
 * year established, and one head of mission at a time.
 *
 * @internal
 */
export function checkMission(mission: CountryMission, sink: IssueSink): void {
  const seen = new Set<string>();
  for (const [id, path] of missionIds(mission)) {
    if (seen.has(id)) sink.addIssue(missionIssues.custom('mission_duplicate_id', { path, args: { id } }));
    seen.add(id);
  }
  for (const [item, path] of datedParts(mission)) {
    if (!isOutOfOrder(item)) continue;
    const args = { start: item.validFrom ?? '', end: item.validUntil ?? '' };
    sink.addIssue(coreIssues.custom('date_range_reversed', { path: [...path, 'validUntil'], args }));
  }
  if (mission.mainOffice.kind !== 'country_office') {
    const path = ['mainOffice', 'kind'];
    sink.addIssue(missionIssues.custom('mission_main_office_kind', { path, args: { mission: mission.id } }));
  }
  mission.subOffices.forEach((office, j) => {
    if (office.kind === 'sub_office') return;
    const args = { mission: mission.id, id: office.id };
    sink.addIssue(missionIssues.custom('mission_sub_office_kind', { path: ['subOffices', j, 'kind'], args }));
  });
  const { validFrom, yearEstablished } = mission;
  if (validFrom !== undefined && yearEstablished !== undefined && Number(validFrom.slice(0, 4)) < yearEstablished) {
    const args = { mission: mission.id, validFrom, year: yearEstablished };
    sink.addIssue(missionIssues.custom('mission_started_before_established', { path: ['validFrom'], args }));
  }
  const terms = mission.chiefsOfMission.map((term, index) => ({ ...term, index }));
  sweepOverlaps(terms, (first, second) => {
    const args = {
      mission: mission.id,
      date: dateArg(overlapStart(first, second)),
      first: first.name,
      second: second.name,
    };
    sink.addIssue(missionIssues.custom('mission_chiefs_overlap', { path: ['chiefsOfMission', second.index], args }));
  });
}

/**
 * The rules of a list of missions, beyond each mission's own (which {@link checkMission} gives): an id
 * is used by one mission only, and a country has at most one mission on any day.
 *
 * @internal
 */
export function checkMissionList(missions: readonly CountryMission[], sink: IssueSink): void {
  const owner = new Map<string, number>();
  missions.forEach((mission, i) => {
    const own = new Set<string>();
    for (const [id, path] of missionIds(mission)) {
      // A repeat inside one mission is that mission's own issue.
      const first = owner.get(id);
      if (first !== undefined && first !== i && !own.has(id)) {
        sink.addIssue(missionIssues.custom('mission_duplicate_id', { path: [i, ...path], args: { id } }));
      }
      own.add(id);
      if (first === undefined) owner.set(id, i);
    }
  });
  const byCountry = new Map<string, (Validity & { id: string; index: number })[]>();
  missions.forEach((mission, index) => {
    const list = byCountry.get(mission.country) ?? [];
    list.push({ ...missionValidity(mission), id: mission.id, index });
    byCountry.set(mission.country, list);
  });
  for (const [country, list] of byCountry) {
    sweepOverlaps(list, (first, second) => {
      const args = { country, date: dateArg(overlapStart(first, second)), first: first.id, second: second.id };
      sink.addIssue(missionIssues.custom('mission_country_overlap', { path: [second.index, 'country'], args }));
    });
  }
}
