import { customOperation, defineMigrationStep, isCountryCode } from '@iom/core';
import { isMissionId } from '@iom/missions';

/** Whether `value` is a JSON object. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The step from `iom.press-release@1` to `@2`: mission ids become `@iom/missions` ids. Version 1 took
 * any token, a stand-in from before `@iom/missions` had ids of its own; version 2 takes `MISSION_` and
 * an assigned ISO 3166-1 alpha-2 code, so that every mission a release names is one the mission records
 * can hold. Going up, an id of that form stays (trimmed, as version 1 read it), a country code alone
 * (`EC`, the form some apps stored) becomes that country's mission (`MISSION_EC`), each reported as a
 * change; any other id has no place in version 2 and is a loss, refused unless allowed. Going down,
 * nothing changes: version 1 takes every version-2 id.
 */
export const missionIdsStep = defineMigrationStep({
  title: {
    en: 'Missions named by their @iom/missions ids',
    fr: 'Missions désignées par leur identifiant @iom/missions',
    es: 'Misiones designadas por su identificador de @iom/missions',
  },
  reason:
    'Version 1 took any token as a mission id, a stand-in until `@iom/missions` had ids of its own. ' +
    'Version 2 takes those ids only, so that a release names missions the mission records know.',
  operations: [
    customOperation({
      field: 'missions.*',
      summary:
        'Mission ids written `MISSION_` and an ISO 3166-1 alpha-2 code (`MISSION_EC`) are kept, trimmed; ' +
        'a country code alone (`EC`) becomes that country’s mission (`MISSION_EC`); any other id is lost. ' +
        'The way down keeps every id, as version 1 takes them all.',
      up(payload, recorder) {
        if (!isObject(payload) || !Array.isArray(payload.missions)) return;
        const kept: unknown[] = [];
        payload.missions.forEach((written: unknown, index) => {
          const id = typeof written === 'string' ? written.trim() : written;
          const mission = isMissionId(id)
            ? id
            : typeof id === 'string' && isCountryCode(id)
              ? `MISSION_${id}`
              : undefined;
          if (mission === undefined) {
            recorder.dropped(['missions', index]);
            return;
          }
          if (mission !== written) recorder.changed('migration_converted', ['missions', index]);
          kept.push(mission);
        });
        payload.missions = kept;
      },
      down() {},
      lossy: { up: true, down: false },
    }),
  ],
});
