import type { OrgStructureRecord as OrgStructure } from './model.js';
import type { Sources } from './source.js';

/** A fact of a structure: where it sits (a path into the payload) and its sources. */
export interface StructureFact {
  /** The path of the fact in the payload: `['units', 3]`, `['units', 3, 'coverage', 0]`. */
  readonly path: readonly (string | number)[];
  /** Its sources, as recorded (absent when none). */
  readonly sources: Sources | undefined;
}

/**
 * Every fact of `structure` that carries sources: the organisation, each unit and each of its
 * coverage lists, link, post, person, membership, site and figure. The data's tests and the docs
 * page count and check them; a fact is sourced when it has at least one source.
 */
export function structureFacts(structure: OrgStructure): StructureFact[] {
  const facts: StructureFact[] = [{ path: ['organization'], sources: structure.organization.sources }];
  structure.units.forEach((unit, i) => {
    facts.push({ path: ['units', i], sources: unit.sources });
    unit.coverage?.forEach((list, j) => {
      facts.push({ path: ['units', i, 'coverage', j], sources: list.sources });
    });
  });
  const lists = ['links', 'posts', 'people', 'memberships', 'sites', 'figures'] as const;
  for (const name of lists) {
    structure[name].forEach((item, i) => {
      facts.push({ path: [name, i], sources: item.sources });
    });
  }
  return facts;
}
