import { coverageAt } from './coverage.js';
import type { Membership, OrgStructureRecord as OrgStructure, OrgUnit, Person, Post, UnitLink } from './model.js';
import { isValidAt } from './validity.js';

interface StructureIndex {
  readonly units: ReadonlyMap<string, OrgUnit>;
  readonly posts: ReadonlyMap<string, Post>;
  readonly people: ReadonlyMap<string, Person>;
  readonly linksByChild: ReadonlyMap<string, readonly UnitLink[]>;
  readonly linksByParent: ReadonlyMap<string, readonly UnitLink[]>;
  readonly membershipsByPost: ReadonlyMap<string, readonly Membership[]>;
}

const indexes = new WeakMap<OrgStructure, StructureIndex>();

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}

function firstById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * The lookup tables of a structure, built once per structure object and kept while it lives.
 * Structures are treated as immutable: change one by building a new object.
 */
function indexOf(structure: OrgStructure): StructureIndex {
  let index = indexes.get(structure);
  if (index === undefined) {
    index = {
      units: firstById(structure.units),
      posts: firstById(structure.posts),
      people: firstById(structure.people),
      linksByChild: group(structure.links, (link) => link.child),
      linksByParent: group(structure.links, (link) => link.parent),
      membershipsByPost: group(structure.memberships, (membership) => membership.postId),
    };
    indexes.set(structure, index);
  }
  return index;
}

/** The units that exist on `date`, in the structure's order. */
export function unitsAt(structure: OrgStructure, date: string): OrgUnit[] {
  return structure.units.filter((unit) => isValidAt(unit, date));
}

/** The unit `unitId` if it exists on `date`. */
export function unitAt(structure: OrgStructure, unitId: string, date: string): OrgUnit | undefined {
  const unit = indexOf(structure).units.get(unitId);
  return unit !== undefined && isValidAt(unit, date) ? unit : undefined;
}

/** The unit that `unitId` reports to on `date`, if both exist then. */
export function parentOf(structure: OrgStructure, unitId: string, date: string): OrgUnit | undefined {
  if (unitAt(structure, unitId, date) === undefined) return undefined;
  for (const link of indexOf(structure).linksByChild.get(unitId) ?? []) {
    if (!isValidAt(link, date)) continue;
    const parent = unitAt(structure, link.parent, date);
    if (parent !== undefined) return parent;
  }
  return undefined;
}

/**
 * The units above `unitId` on `date`, nearest first, up to the root. Stops at a cycle rather than
 * looping (a structure with a cycle fails {@link OrgStructure}'s rules).
 */
export function ancestors(structure: OrgStructure, unitId: string, date: string): OrgUnit[] {
  const result: OrgUnit[] = [];
  const seen = new Set<string>([unitId]);
  let parent = parentOf(structure, unitId, date);
  while (parent !== undefined && !seen.has(parent.id)) {
    seen.add(parent.id);
    result.push(parent);
    parent = parentOf(structure, parent.id, date);
  }
  return result;
}

/** The units directly below `unitId` on `date`, in the order of the links. */
export function children(structure: OrgStructure, unitId: string, date: string): OrgUnit[] {
  if (unitAt(structure, unitId, date) === undefined) return [];
  const result: OrgUnit[] = [];
  for (const link of indexOf(structure).linksByParent.get(unitId) ?? []) {
    if (!isValidAt(link, date)) continue;
    const child = unitAt(structure, link.child, date);
    if (child !== undefined && !result.includes(child)) result.push(child);
  }
  return result;
}

/** Who holds a post on a date: the membership, the person and the post. */
export interface Holder {
  /** The membership in force. */
  readonly membership: Membership;
  /** The person (absent when the membership names someone not listed). */
  readonly person: Person | undefined;
  /** The post held. */
  readonly post: Post;
}

/** Everyone holding `postId` on `date` (several only for posts that are not single-holder). */
export function holdersOf(structure: OrgStructure, postId: string, date: string): Holder[] {
  const index = indexOf(structure);
  const post = index.posts.get(postId);
  if (post === undefined || !isValidAt(post, date)) return [];
  return (index.membershipsByPost.get(postId) ?? [])
    .filter((membership) => isValidAt(membership, date))
    .map((membership) => ({ membership, person: index.people.get(membership.personId), post }));
}

/** Who holds `postId` on `date`, or `undefined` when it is vacant (or not recorded). */
export function holderOf(structure: OrgStructure, postId: string, date: string): Holder | undefined {
  return holdersOf(structure, postId, date)[0];
}

/**
 * The regional office responsible for `countryCode` on `date`: the regional office whose coverage
 * list in force then names the country, or else the first regional office above the country's
 * country office.
 * `undefined` when neither is recorded.
 *
 * @example
 * regionalOfficeFor(iomStructure, 'EC', '2020-06-01')?.id; // 'RO_BUE'
 * regionalOfficeFor(iomStructure, 'EC', '2024-06-01')?.id; // 'RO_PTY'
 */
export function regionalOfficeFor(structure: OrgStructure, countryCode: string, date: string): OrgUnit | undefined {
  const units = unitsAt(structure, date);
  const covering = units.find(
    (unit) => unit.kind === 'regional_office' && coverageAt(unit, date).includes(countryCode),
  );
  if (covering !== undefined) return covering;
  for (const unit of units) {
    if (unit.kind !== 'country_office' || unit.country !== countryCode) continue;
    const office = ancestors(structure, unit.id, date).find((above) => above.kind === 'regional_office');
    if (office !== undefined) return office;
  }
  return undefined;
}
