import { CountryMission } from '@iom/missions';
import americas from './missions/ro_pty.json';

/*
 * The three missions named in the French press release "Réunion tri-nationale visant à éradiquer la
 * traite d'êtres humains" (iom.int/fr/news/...), kept as examples. Their records live in
 * missions/ro_pty.json with the other missions of the Americas; these are the same records, parsed.
 */
function example(id: string): CountryMission {
  return CountryMission.parse(americas.find((record) => record.id === id));
}

/** IOM's mission in Ecuador (example data, with sources). */
export const ecuadorMission: CountryMission = example('MISSION_EC');

/** IOM's mission in Peru (example data, with sources). */
export const peruMission: CountryMission = example('MISSION_PE');

/** IOM's mission in Colombia (example data, with sources). */
export const colombiaMission: CountryMission = example('MISSION_CO');

/** The example missions: Colombia, Ecuador and Peru. */
export const exampleMissions: readonly CountryMission[] = [colombiaMission, ecuadorMission, peruMission];
