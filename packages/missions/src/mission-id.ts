import { CountryCode, isCountryCode, toJsonSchema, withJsonSchema } from '@iom/core';
import * as z from 'zod';
import { missionIssues } from './messages/index.js';

const MISSION_ID = /^MISSION_([A-Z]{2})$/;

/** Whether `value` is a mission id: `MISSION_` and an assigned ISO 3166-1 alpha-2 code (`MISSION_EC`). */
export function isMissionId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MISSION_ID.exec(value);
  return match !== null && isCountryCode(match[1]);
}

/**
 * The id of the mission in a country, by this package's convention (`EC` → `MISSION_EC`); `undefined`
 * for a code that is not an assigned ISO 3166-1 alpha-2 code in capitals.
 */
export function missionIdOf(country: string): string | undefined {
  return isCountryCode(country) ? `MISSION_${country}` : undefined;
}

/**
 * The id of an IOM country mission as other payloads refer to it (a press release's `missions`):
 * `MISSION_` and the country's ISO 3166-1 alpha-2 code, `MISSION_EC`. Whether such a mission exists
 * is a question for the mission records, not for the id (`validatePressRelease` asks it).
 */
export const MissionId = withJsonSchema(
  z.string().check(missionIssues.check(isMissionId, 'mission_id_format')),
  // Computed on first use: the country list is large, and most apps never ask for JSON Schema.
  () => ({
    type: 'string',
    enum: ((toJsonSchema(CountryCode).enum as string[] | undefined) ?? []).map((code) => `MISSION_${code}`),
  }),
);
/** The id of an IOM country mission: `MISSION_EC`. */
export type MissionId = string;
