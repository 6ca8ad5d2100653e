import { toJsonSchema } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleMissions } from './data/index.js';
import { isMissionId, MissionId, missionIdOf } from './mission-id.js';

describe('MissionId', () => {
  it('takes MISSION_ and an assigned country code', () => {
    expect(MissionId.safeParse('MISSION_EC').success).toBe(true);
    for (const id of ['EC', 'MISSION_XX', 'MISSION_ec', 'mission_EC', ' MISSION_EC', 'MISSION_ECU', 'CO_EC', 7]) {
      expect(isMissionId(id), String(id)).toBe(false);
    }
  });

  it('is the id of every mission in the example data', () => {
    for (const mission of exampleMissions) expect(isMissionId(mission.id), mission.id).toBe(true);
  });

  it('says what is expected, in each language', () => {
    const result = MissionId.safeParse('EC');
    expect(result.error?.issues[0]?.message).toBe(
      'Expected the id of an IOM country mission: MISSION_ and an ISO 3166-1 alpha-2 code, such as MISSION_EC',
    );
  });

  it('names the mission of a country by the package’s convention', () => {
    expect(missionIdOf('EC')).toBe('MISSION_EC');
    expect(missionIdOf('XX')).toBeUndefined();
  });

  it('gives the same verdict in JSON Schema as in zod', () => {
    const check = new Ajv2020({ strict: false }).compile(toJsonSchema(MissionId));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom('MISSION_EC', 'MISSION_XK', 'MISSION_PE', 'MISSION_ZZ'),
          fc.stringMatching(/^MISSION_[A-Z]{2}$/),
        ),
        (id) => {
          expect(check(id)).toBe(MissionId.safeParse(id).success);
        },
      ),
    );
  });
});
