/**
 * IOM's country missions as data, each fact with its public source, from `@iom/missions/data`:
 * the missions of every regional office (`loadIomMissions`, loaded on first use from the JSON files
 * of `src/data/missions/`, one per regional office) and the three example missions of Colombia,
 * Ecuador and Peru.
 *
 * @packageDocumentation
 */
export { colombiaMission, ecuadorMission, exampleMissions, peruMission } from './examples.js';
export { loadIomMissions, loadMissionFile, MISSION_FILES, type MissionFile } from './load.js';
