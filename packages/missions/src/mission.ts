import { issueCheck } from '@iom/core';
import * as z from 'zod';
import { type CountryMissionInput, type CountryMissionRecord, CountryMissionShape } from './model.js';
import { checkMission, checkMissionList } from './rules.js';

/**
 * IOM's mission in a country: its main office and sub-offices with their cities, the chiefs of
 * mission by date, contact points and the year established. Payload kind `iom.country-mission@1`.
 * The mission exists from `validFrom`, or else from 1 January of `yearEstablished`, until
 * `validUntil`.
 *
 * Its `safeParse` gives the whole verdict: the fields, then the mission's rules (ids used once, dates
 * in order, office kinds, no start before the year established, one head at a time).
 * {@link CountryMissionShape} is the same object without the rules, for apps that extend it.
 */
export const CountryMission: z.ZodType<CountryMission, CountryMissionInput> = CountryMissionShape.check(
  issueCheck(checkMission),
);
/**
 * IOM's mission in a country (parsed: every list present). An explicit type (not `z.infer`), so that
 * apps using it never instantiate zod's types (`model.test-d.ts` holds it equal to what the schema
 * infers).
 *
 * @interface
 */
export type CountryMission = CountryMissionRecord;

/**
 * A list of country missions: each mission's own verdict, and the rules that need them all (an id used
 * by one mission only, one mission per country on any day). Paths start at the mission's index.
 */
export const CountryMissionList: z.ZodType<CountryMission[], CountryMissionInput[]> = z
  .array(CountryMission)
  .check(issueCheck(checkMissionList));
