/**
 * IOM's country missions over time: main office and sub-offices with their cities, chiefs of
 * mission by date (with gendered titles in English, French and Spanish), contact points from
 * `@iom/contact`, year established; `missionFor` by country and date; example data for Colombia,
 * Ecuador and Peru in `@iom/missions/data`.
 *
 * @packageDocumentation
 */

export { countryMissionKind } from './kind.js';
export { type MissionIssueCode, missionIssues } from './messages/index.js';
export { CountryMission, CountryMissionList } from './mission.js';
export { isMissionId, MissionId, missionIdOf } from './mission-id.js';
export {
  ChiefOfMissionMention,
  type ChiefOfMissionMentionInput,
  ChiefOfMissionTerm,
  type ChiefOfMissionTermInput,
  COUNTRY_MISSION_KIND,
  type CountryMissionInput,
  CountryMissionShape,
  MissionHeadRole,
  MissionOffice,
  MissionOfficeKind,
} from './model.js';
export { chiefOfMissionAt, headTitle, missionFor, missionValidity, officesAt, regionalOfficeOf } from './queries.js';
export { type ValidateMissionsOptions, validateMissions } from './validate.js';
