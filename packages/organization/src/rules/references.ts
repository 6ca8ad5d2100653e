import type { PathSegment } from '@iom/core';
import type { OrganizationIssueCode, StructureCollection } from '../messages/index.js';
import type { OrgStructureRecord as OrgStructure } from '../model.js';
import { isOutOfOrder, type Validity } from '../validity.js';
import { collectionName, type StructureReporter } from './reporter.js';

/** The index of each structure list's ids, first occurrence. */
export interface StructureIndex {
  readonly units: ReadonlyMap<string, number>;
  readonly posts: ReadonlyMap<string, number>;
  readonly people: ReadonlyMap<string, number>;
  readonly sites: ReadonlyMap<string, number>;
}

function indexIds(
  out: StructureReporter,
  collection: StructureCollection,
  items: readonly { readonly id: string }[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) {
      index.set(item.id, i);
      return;
    }
    out.add('org_duplicate_id', [collection, i, 'id'], `${collection}|${item.id}`, () => ({
      id: item.id,
      collection: collectionName(collection),
    }));
  });
  return index;
}

/** Ids used once per list: returns the index of each list's ids. */
export function checkIds(out: StructureReporter, structure: OrgStructure): StructureIndex {
  // In the order of the lists, as the issues are reported.
  const units = indexIds(out, 'units', structure.units);
  const posts = indexIds(out, 'posts', structure.posts);
  const people = indexIds(out, 'people', structure.people);
  indexIds(out, 'memberships', structure.memberships);
  const sites = indexIds(out, 'sites', structure.sites);
  indexIds(out, 'figures', structure.figures);
  return { units, posts, people, sites };
}

/** Every range in order: `validFrom` ≤ `validUntil`. */
export function checkRanges(out: StructureReporter, structure: OrgStructure): void {
  const lists: readonly [StructureCollection, readonly Validity[]][] = [
    ['units', structure.units],
    ['links', structure.links],
    ['posts', structure.posts],
    ['memberships', structure.memberships],
  ];
  for (const [collection, items] of lists) {
    items.forEach((item, i) => {
      if (isOutOfOrder(item)) out.reversed([collection, i, 'validUntil'], item);
    });
  }
}

/** Every reference (site, unit, post, person) names an item that exists. */
export function checkReferences(out: StructureReporter, structure: OrgStructure, index: StructureIndex): void {
  const refer = (
    code: OrganizationIssueCode,
    ids: ReadonlyMap<string, number>,
    ref: string | undefined,
    path: PathSegment[],
    id: string,
  ) => {
    if (ref !== undefined && !ids.has(ref)) out.add(code, path, path.join('.'), () => ({ id, ref }));
  };
  const { organization, units, links, posts, memberships } = structure;
  refer(
    'org_unknown_site',
    index.sites,
    organization.headquartersSiteId,
    ['organization', 'headquartersSiteId'],
    organization.id,
  );
  units.forEach((unit, i) => {
    refer('org_unknown_site', index.sites, unit.siteId, ['units', i, 'siteId'], unit.id);
    unit.replaces?.forEach((ref, j) => {
      refer('org_unknown_unit', index.units, ref, ['units', i, 'replaces', j], unit.id);
    });
  });
  links.forEach((link, i) => {
    const name = `${link.child} → ${link.parent}`;
    refer('org_unknown_unit', index.units, link.child, ['links', i, 'child'], name);
    refer('org_unknown_unit', index.units, link.parent, ['links', i, 'parent'], name);
  });
  posts.forEach((post, i) => {
    refer('org_unknown_unit', index.units, post.unitId, ['posts', i, 'unitId'], post.id);
    refer('org_unknown_post', index.posts, post.reportsTo, ['posts', i, 'reportsTo'], post.id);
  });
  memberships.forEach((membership, i) => {
    refer('org_unknown_post', index.posts, membership.postId, ['memberships', i, 'postId'], membership.id);
    refer('org_unknown_person', index.people, membership.personId, ['memberships', i, 'personId'], membership.id);
  });
}
