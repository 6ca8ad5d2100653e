import type { Sources } from '@iom/organization';
import type { CountryMissionRecord as CountryMission } from '../model.js';

/** A fact of a mission record: where it sits (a path into the record) and its sources. */
export interface MissionFact {
  /** The path of the fact in the record: `[]` (the mission), `['mainOffice']`, `['mentions', 0]`. */
  readonly path: readonly (string | number)[];
  /** Its sources, as recorded (absent when none). */
  readonly sources: Sources | undefined;
}

/**
 * Every fact of `mission` that carries sources: the mission itself (country, name, year
 * established), its main office and sub-offices (city), each chief-of-mission term and each
 * mention. The data's tests and the docs page count and check them.
 */
export function missionFacts(mission: CountryMission): MissionFact[] {
  return [
    { path: [], sources: mission.sources },
    { path: ['mainOffice'], sources: mission.mainOffice.sources },
    ...mission.subOffices.map((office, i) => ({ path: ['subOffices', i], sources: office.sources })),
    ...mission.chiefsOfMission.map((term, i) => ({ path: ['chiefsOfMission', i], sources: term.sources })),
    ...mission.mentions.map((mention, i) => ({ path: ['mentions', i], sources: mention.sources })),
  ];
}
