/**
 * IOM's own structure as data, with the public source of each fact: import it from
 * `@iom/organization/data` so that the main entry point stays small.
 *
 * The data itself is `iom-structure.json` beside this file, an `iom.org-structure@1` payload that a
 * person can read and correct (the docs guide "Correcting or adding a fact" says how); the tests
 * hold it to the schema, whole-record rules included.
 *
 * @packageDocumentation
 */
import type { DatedFigure, OrgStructureRecord as OrgStructure } from '../model.js';
// Bundled into the data entry at build time (tsup), so no JSON module is loaded at run time. Its type
// comes from `iom-structure.d.json.ts` (allowArbitraryExtensions), not from inferring the JSON.
import structure from './iom-structure.json';

/**
 * IOM's structure as public IOM pages describe it, each fact with its `sources`: the headquarters
 * offices of the current layout, the special liaison offices and administrative centres, the
 * regional offices from 1 July 2011 with the countries each covers (dated lists), the 2024 mergers
 * (Buenos Aires and San José into Panama; Brussels and Vienna into the Regional Office for Europe and
 * Central Asia), the country offices of the missions in `@iom/missions/data`, the Directors General
 * since 2018 and the membership figures. Scope and approximations: the package README.
 */
// The JSON is the parsed form (every list and default present): `iom-structure.test.ts` checks that
// parsing it changes nothing, which is what makes the declared type sound.
export const iomStructure: OrgStructure = structure;

/** IOM's membership and presence figures as dated facts (175 Member States, 8 observer States, 171 countries). */
export const iomFigures: readonly DatedFigure[] = iomStructure.figures;
