/**
 * Example country missions (Colombia, Ecuador, Peru) with the public source of each fact, from
 * `@iom/missions/data`.
 *
 * @packageDocumentation
 */
export { colombiaMission, ecuadorMission, exampleMissions, peruMission } from './examples.js';
