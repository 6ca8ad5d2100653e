// The data entry imports the package itself, as an app would: bundled, it then shares the main
// entry's schemas instead of carrying a copy (see tsup.config.ts).
import { CountryMission } from '@iom/missions';

/**
 * The mission files of `src/data/missions/`: one per regional office, named after its id in
 * lower case (`ro_nbo.json` holds the missions of the Regional Office for East and Horn of Africa).
 * The two offices of Europe merged in 2024 keep a file each (`ro_bru`, `ro_vie`), as the Americas'
 * keep theirs in `ro_pty`. A test checks that every `ro_*.json` file there is one of these.
 */
export const MISSION_FILES = ['ro_bkk', 'ro_bru', 'ro_cai', 'ro_dkr', 'ro_nbo', 'ro_pry', 'ro_pty', 'ro_vie'] as const;
/** The name of a mission file, without `.json`. */
export type MissionFile = (typeof MISSION_FILES)[number];

/**
 * The missions of one file, parsed with {@link CountryMission} (defaults filled in), or `undefined`
 * when the file is not there. A file that is there but does not hold valid missions throws, naming
 * the file and the record: shipped data is checked by the tests, so that is a bug, not bad input.
 */
export async function loadMissionFile(name: MissionFile): Promise<CountryMission[] | undefined> {
  if (!MISSION_FILES.includes(name)) return undefined;
  let records: unknown;
  try {
    // A template the bundler expands to every file of the folder (esbuild and Vite glob imports):
    // the data is inlined at build time, and a name without a file rejects.
    records = ((await import(`./missions/${name}.json`)) as { default: unknown }).default;
  } catch {
    return undefined;
  }
  if (!Array.isArray(records)) throw new Error(`@iom/missions/data: ${name}.json is not an array`);
  return records.map((record, index) => {
    const parsed = CountryMission.safeParse(record);
    if (!parsed.success) throw new Error(`@iom/missions/data: ${name}.json[${index}] is not a valid CountryMission`);
    return parsed.data;
  });
}

let all: Promise<readonly CountryMission[]> | undefined;

/**
 * Every country mission of the data, from all the mission files there are, in file order: loaded
 * and parsed on the first call (nothing happens at import), the same array after that.
 *
 * @example
 * const missions = await loadIomMissions();
 * missionFor(missions, 'KE', '2026-12-03')?.mainOffice.city.en; // 'Nairobi'
 */
export function loadIomMissions(): Promise<readonly CountryMission[]> {
  all ??= Promise.all(MISSION_FILES.map(loadMissionFile)).then((files) =>
    Object.freeze(files.flatMap((missions) => missions ?? [])),
  );
  return all;
}
