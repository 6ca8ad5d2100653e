import type { OrgStructureRecord as OrgStructure, OrgUnit, UnitLink } from '../model.js';
import { changePoints, isValidAt } from '../validity.js';
import type { StructureReporter } from './reporter.js';
import { when } from './reporter.js';

/** The parent links in force at one date, per child, and the units that have any link in force. */
interface LinksAt {
  readonly parents: ReadonlyMap<string, readonly { readonly link: UnitLink; readonly index: number }[]>;
  readonly linked: ReadonlySet<string>;
}

/** Reads the links in force at `date`, reporting those whose child or parent does not exist then. */
function linksAt(
  out: StructureReporter,
  links: readonly UnitLink[],
  units: ReadonlyMap<string, number>,
  active: ReadonlyMap<string, OrgUnit>,
  date: string,
): LinksAt {
  const parents = new Map<string, { link: UnitLink; index: number }[]>();
  // Units with a link in force, whether or not its parent is usable: those are not roots.
  const linked = new Set<string>();
  links.forEach((link, index) => {
    if (!isValidAt(link, date)) return;
    if (active.has(link.child)) linked.add(link.child);
    if (!units.has(link.child) || !units.has(link.parent)) return;
    if (!active.has(link.child)) {
      out.add('org_link_child_not_valid', ['links', index], `${index}`, () => ({
        id: link.child,
        parent: link.parent,
        when: when(date),
      }));
      return;
    }
    if (!active.has(link.parent)) {
      out.add('org_parent_not_valid', ['links', index, 'parent'], `${link.child}|${link.parent}`, () => ({
        id: link.child,
        parent: link.parent,
        when: when(date),
      }));
      return;
    }
    const list = parents.get(link.child) ?? [];
    list.push({ link, index });
    parents.set(link.child, list);
  });
  return { parents, linked };
}

/** The roots at `date`, reporting units with several parents. */
function rootsAt(
  out: StructureReporter,
  { parents, linked }: LinksAt,
  units: ReadonlyMap<string, number>,
  active: ReadonlyMap<string, OrgUnit>,
  date: string,
): string[] {
  const roots: string[] = [];
  for (const id of active.keys()) {
    const list = parents.get(id);
    if (list === undefined) {
      if (!linked.has(id)) roots.push(id);
      continue;
    }
    if (list.length > 1) {
      const names = list.map((entry) => entry.link.parent);
      out.add(
        'org_multiple_parents',
        ['units', units.get(id) ?? 0],
        `${id}|${names.join(',')}|${list[0]?.index}`,
        () => ({
          id,
          parents: names.join(', '),
          when: when(date),
        }),
      );
    }
  }
  if (roots.length > 1) {
    out.add('org_multiple_roots', ['units', units.get(roots[1] ?? '') ?? 0], roots.join(','), () => ({
      ids: roots.join(', '),
      when: when(date),
    }));
  }
  return roots;
}

/** Reports the cycles of first-parent links at `date`; whether there was one. */
function cyclesAt(
  out: StructureReporter,
  { parents }: LinksAt,
  units: ReadonlyMap<string, number>,
  active: ReadonlyMap<string, OrgUnit>,
  date: string,
): boolean {
  // Follow the first parent of each unit; colour 1 = on the current path, 2 = done.
  const colour = new Map<string, 1 | 2>();
  let found = false;
  for (const start of active.keys()) {
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && colour.get(current) === undefined) {
      colour.set(current, 1);
      path.push(current);
      current = parents.get(current)?.[0]?.link.parent;
    }
    if (current !== undefined && colour.get(current) === 1) {
      const cycle = path.slice(path.indexOf(current));
      const sorted = [...cycle].sort();
      found = true;
      out.add('org_cycle', ['units', units.get(sorted[0] ?? '') ?? 0], sorted.join(','), () => ({
        ids: cycle.join(' → '),
        when: when(date),
      }));
    }
    for (const id of path) colour.set(id, 2);
  }
  return found;
}

/** The tree rules at one date: one root, no cycle, at most one parent each, parents that exist then. */
function checkTreeAt(
  out: StructureReporter,
  structure: OrgStructure,
  units: ReadonlyMap<string, number>,
  date: string,
) {
  const active = new Map<string, OrgUnit>();
  for (const unit of structure.units) if (isValidAt(unit, date) && !active.has(unit.id)) active.set(unit.id, unit);
  if (active.size === 0) return;
  const links = linksAt(out, structure.links, units, active, date);
  const roots = rootsAt(out, links, units, active, date);
  const cycle = cyclesAt(out, links, units, active, date);
  if (roots.length === 0) out.add('org_no_root', ['units'], cycle ? 'cycle' : date, () => ({ when: when(date) }));
}

/**
 * The units form one tree at every date where some unit exists. "Every date" is checked at the change
 * points only (every `validFrom` and the day after every `validUntil`): nothing changes between two.
 */
export function checkTree(out: StructureReporter, structure: OrgStructure, units: ReadonlyMap<string, number>): void {
  for (const date of changePoints([...structure.units, ...structure.links])) checkTreeAt(out, structure, units, date);
}
