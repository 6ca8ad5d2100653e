import { formatDate, type Issue, isCountryCode, type Locale, type MessageArgs, type PathSegment } from '@iom/core';
import { coveragePeriod } from './coverage.js';
import { type OrganizationIssueCode, organizationIssues } from './issues.js';
import type { OrgStructure, OrgUnit, UnitLink } from './model.js';
import {
  BEGINNING,
  changePoints,
  END,
  isOutOfOrder,
  isValidAt,
  nextDay,
  overlapStart,
  type Validity,
} from './validity.js';

/** Options of {@link validateStructure}. */
export interface ValidateStructureOptions {
  /** The locale of the messages; English by default. */
  readonly locale?: Locale;
}

type Collection = 'units' | 'links' | 'posts' | 'people' | 'memberships' | 'sites' | 'figures';

const collectionNames: { readonly [L in Locale]: { readonly [C in Collection]: string } } = {
  en: {
    units: 'units',
    links: 'links',
    posts: 'posts',
    people: 'people',
    memberships: 'memberships',
    sites: 'sites',
    figures: 'figures',
  },
  fr: {
    units: 'unités',
    links: 'liens',
    posts: 'postes',
    people: 'personnes',
    memberships: 'affectations',
    sites: 'sites',
    figures: 'chiffres',
  },
  es: {
    units: 'unidades',
    links: 'vínculos',
    posts: 'puestos',
    people: 'personas',
    memberships: 'nombramientos',
    sites: 'sitios',
    figures: 'cifras',
  },
};

const fromTheStart: { readonly [L in Locale]: string } = {
  en: 'from the start',
  fr: 'dès le début',
  es: 'desde el principio',
};
const onDate: { readonly [L in Locale]: string } = { en: 'on', fr: 'le', es: 'el' };

/** "on 1 January 2024" in `locale`, or "from the start" for {@link BEGINNING}. */
function when(date: string, locale: Locale): string {
  return date === BEGINNING ? fromTheStart[locale] : `${onDate[locale]} ${formatDate(date, locale, 'long')}`;
}

/** Collects issues once per code and set of ids, however many dates show them. */
class IssueCollector {
  readonly issues: Issue[] = [];
  readonly #seen = new Set<string>();
  constructor(readonly locale: Locale) {}

  add(code: OrganizationIssueCode, path: readonly PathSegment[], args: MessageArgs, key: string): void {
    const full = `${code}|${key}`;
    if (this.#seen.has(full)) return;
    this.#seen.add(full);
    this.issues.push(organizationIssues.issue(code, this.locale, { path, args }));
  }
}

function checkDuplicates(
  out: IssueCollector,
  collection: Collection,
  items: readonly { readonly id: string }[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) {
      out.add(
        'org_duplicate_id',
        [collection, i, 'id'],
        { id: item.id, collection: collectionNames[out.locale][collection] },
        `${collection}|${item.id}`,
      );
    } else {
      index.set(item.id, i);
    }
  });
  return index;
}

function checkOrder(
  out: IssueCollector,
  collection: Collection,
  items: readonly Validity[],
  name: (i: number) => string,
) {
  items.forEach((item, i) => {
    if (isOutOfOrder(item)) {
      out.add(
        'org_dates_out_of_order',
        [collection, i, 'validUntil'],
        { id: name(i), validFrom: item.validFrom ?? '', validUntil: item.validUntil ?? '' },
        `${collection}|${i}`,
      );
    }
  });
}

/**
 * Sweeps `items` sorted by start and calls `report` for each item that overlaps an earlier one:
 * O(n log n), keeping only the earlier item that ends last.
 */
function sweepOverlaps<T extends Validity>(items: readonly T[], report: (earlier: T, later: T) => void): void {
  const sorted = [...items].sort((a, b) => ((a.validFrom ?? BEGINNING) < (b.validFrom ?? BEGINNING) ? -1 : 1));
  let latest: T | undefined;
  for (const item of sorted) {
    if (latest !== undefined && (latest.validUntil ?? '9999-12-31') >= (item.validFrom ?? BEGINNING)) {
      report(latest, item);
    }
    if (latest === undefined || (item.validUntil ?? '9999-12-31') > (latest.validUntil ?? '9999-12-31')) {
      latest = item;
    }
  }
}

/** The tree rules, checked at one date. */
function checkTreeAt(
  out: IssueCollector,
  structure: OrgStructure,
  unitIndex: ReadonlyMap<string, number>,
  date: string,
): void {
  const locale = out.locale;
  const active = new Map<string, OrgUnit>();
  for (const unit of structure.units) if (isValidAt(unit, date) && !active.has(unit.id)) active.set(unit.id, unit);
  if (active.size === 0) return;

  const parents = new Map<string, { link: UnitLink; index: number }[]>();
  // Units with a link in force, whether or not its parent is usable: those are not roots.
  const linked = new Set<string>();
  structure.links.forEach((link, index) => {
    if (!isValidAt(link, date)) return;
    if (active.has(link.child)) linked.add(link.child);
    if (!unitIndex.has(link.child) || !unitIndex.has(link.parent)) return;
    if (!active.has(link.child)) {
      out.add(
        'org_link_child_not_valid',
        ['links', index],
        { id: link.child, parent: link.parent, when: when(date, locale) },
        `${index}`,
      );
      return;
    }
    if (!active.has(link.parent)) {
      out.add(
        'org_parent_not_valid',
        ['links', index, 'parent'],
        { id: link.child, parent: link.parent, when: when(date, locale) },
        `${link.child}|${link.parent}`,
      );
      return;
    }
    const list = parents.get(link.child) ?? [];
    list.push({ link, index });
    parents.set(link.child, list);
  });

  const roots: string[] = [];
  for (const id of active.keys()) {
    const list = parents.get(id);
    if (list === undefined) {
      if (!linked.has(id)) roots.push(id);
      continue;
    }
    if (list.length > 1) {
      const first = list[0];
      out.add(
        'org_multiple_parents',
        ['units', unitIndex.get(id) ?? 0],
        { id, parents: list.map((entry) => entry.link.parent).join(', '), when: when(date, locale) },
        `${id}|${list.map((entry) => entry.link.parent).join(',')}|${first?.index}`,
      );
    }
  }
  if (roots.length > 1) {
    out.add(
      'org_multiple_roots',
      ['units', unitIndex.get(roots[1] ?? '') ?? 0],
      { ids: roots.join(', '), when: when(date, locale) },
      roots.join(','),
    );
  }

  // Cycles: follow the first parent of each unit; colour 1 = on the current path, 2 = done.
  const colour = new Map<string, 1 | 2>();
  let cycleFound = false;
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
      cycleFound = true;
      out.add(
        'org_cycle',
        ['units', unitIndex.get(sorted[0] ?? '') ?? 0],
        { ids: cycle.join(' → '), when: when(date, locale) },
        sorted.join(','),
      );
    }
    for (const id of path) colour.set(id, 2);
  }
  if (roots.length === 0 && !cycleFound) {
    out.add('org_no_root', ['units'], { when: when(date, locale) }, date);
  } else if (roots.length === 0) {
    out.add('org_no_root', ['units'], { when: when(date, locale) }, 'cycle');
  }
}

/**
 * The coverage rules: every listed code is an assigned ISO 3166-1 code, an office's lists do not
 * overlap in time and lie within the office's validity, and a country is covered by at most one
 * regional office on any day.
 */
function checkCoverage(out: IssueCollector, units: readonly OrgUnit[]): void {
  const locale = out.locale;
  const byCountry = new Map<string, (Validity & { id: string; index: number })[]>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'regional_office' || unit.coverage === undefined) return;
    const periods = unit.coverage.map((list, listIndex) => ({ ...coveragePeriod(unit, list), id: unit.id, listIndex }));
    unit.coverage.forEach((list, listIndex) => {
      if (isOutOfOrder(list)) {
        out.add(
          'org_dates_out_of_order',
          ['units', index, 'coverage', listIndex, 'validUntil'],
          {
            id: `${unit.id}.coverage[${listIndex}]`,
            validFrom: list.validFrom ?? '',
            validUntil: list.validUntil ?? '',
          },
          `coverage|${unit.id}|${listIndex}`,
        );
      }
      // A list that starts before its office or ends after it: reported at the first such day.
      const outside =
        list.validFrom !== undefined && list.validFrom < (unit.validFrom ?? BEGINNING)
          ? list.validFrom
          : list.validUntil !== undefined && list.validUntil > (unit.validUntil ?? END)
            ? nextDay(unit.validUntil ?? END)
            : undefined;
      if (outside !== undefined) {
        out.add(
          'org_coverage_outside_unit',
          ['units', index, 'coverage', listIndex],
          { id: unit.id, when: when(outside, locale) },
          `${unit.id}|${listIndex}`,
        );
      }
      list.countries.forEach((country, countryIndex) => {
        // Annotated so that the guard does not narrow `country` to `never` below.
        const assigned: boolean = isCountryCode(country);
        if (assigned) return;
        out.add(
          'org_coverage_country_unknown',
          ['units', index, 'coverage', listIndex, 'countries', countryIndex],
          // Only a short value is echoed: free text never enters a message.
          { id: unit.id, country: country.length <= 8 ? country : `${country.slice(0, 8)}…` },
          `${unit.id}|${listIndex}|${countryIndex}`,
        );
      });
    });
    sweepOverlaps(periods, (first, second) => {
      out.add(
        'org_coverage_lists_overlap',
        ['units', index, 'coverage', second.listIndex],
        { id: unit.id, when: when(overlapStart(first, second), locale) },
        `${unit.id}|${first.listIndex}|${second.listIndex}`,
      );
    });
    unit.coverage.forEach((list, listIndex) => {
      const period = periods[listIndex];
      if (period === undefined) return;
      // One entry per list, shared by every country it names (a regional office covers dozens).
      const entry = { ...period, id: unit.id, index };
      for (const country of new Set(list.countries)) {
        const entries = byCountry.get(country);
        if (entries === undefined) byCountry.set(country, [entry]);
        else entries.push(entry);
      }
    });
  });
  for (const [country, list] of byCountry) {
    sweepOverlaps(list, (first, second) => {
      // Two lists of one office overlapping are reported above, once, not per country.
      if (first.id === second.id) return;
      out.add(
        'org_coverage_overlap',
        ['units', second.index, 'coverage'],
        { country, first: first.id, second: second.id, when: when(overlapStart(first, second), locale) },
        `${country}|${first.id}|${second.id}`,
      );
    });
  }
}

/**
 * Checks a whole structure over time and returns every problem found (none: `[]`):
 *
 * - ids are unique per list, and every reference (parent, child, post, unit, person, site) exists;
 * - every range is ordered (`validFrom` ≤ `validUntil`);
 * - at every date where some unit exists, the units form one tree: one root, no cycle, each unit
 *   with at most one parent, and that parent exists at that date;
 * - a post exists only while its unit does, and a membership only while its post does;
 * - a single-holder post never has two holders on the same day;
 * - coverage lists name assigned ISO 3166-1 codes, lie within their office's validity and do not
 *   overlap one another; a country is covered by at most one regional office on any day.
 *
 * "Every date" is checked at the change points only (every `validFrom` and the day after every
 * `validUntil`): nothing changes between two of them. Each issue names the ids involved and the
 * first date it shows, and is reported once however many dates show it. It never throws on a
 * structure that passed the {@link OrgStructure} schema.
 */
export function validateStructure(structure: OrgStructure, options: ValidateStructureOptions = {}): Issue[] {
  const out = new IssueCollector(options.locale ?? 'en');
  const { units, links, posts, people, memberships, sites, figures } = structure;

  const unitIndex = checkDuplicates(out, 'units', units);
  const postIndex = checkDuplicates(out, 'posts', posts);
  const personIndex = checkDuplicates(out, 'people', people);
  checkDuplicates(out, 'memberships', memberships);
  const siteIndex = checkDuplicates(out, 'sites', sites);
  checkDuplicates(out, 'figures', figures);

  checkOrder(out, 'units', units, (i) => units[i]?.id ?? '');
  checkOrder(out, 'links', links, (i) => `${links[i]?.child} → ${links[i]?.parent}`);
  checkOrder(out, 'posts', posts, (i) => posts[i]?.id ?? '');
  checkOrder(out, 'memberships', memberships, (i) => memberships[i]?.id ?? '');

  const unknown = (
    code: OrganizationIssueCode,
    index: ReadonlyMap<string, number>,
    ref: string | undefined,
    path: PathSegment[],
    id: string,
  ) => {
    if (ref !== undefined && !index.has(ref)) out.add(code, path, { id, ref }, `${path.join('.')}`);
  };
  if (structure.organization.headquartersSiteId !== undefined) {
    unknown(
      'org_unknown_site',
      siteIndex,
      structure.organization.headquartersSiteId,
      ['organization', 'headquartersSiteId'],
      structure.organization.id,
    );
  }
  units.forEach((unit, i) => {
    unknown('org_unknown_site', siteIndex, unit.siteId, ['units', i, 'siteId'], unit.id);
    unit.replaces?.forEach((ref, j) => {
      unknown('org_unknown_unit', unitIndex, ref, ['units', i, 'replaces', j], unit.id);
    });
  });
  links.forEach((link, i) => {
    unknown('org_unknown_unit', unitIndex, link.child, ['links', i, 'child'], `${link.child} → ${link.parent}`);
    unknown('org_unknown_unit', unitIndex, link.parent, ['links', i, 'parent'], `${link.child} → ${link.parent}`);
  });
  posts.forEach((post, i) => {
    unknown('org_unknown_unit', unitIndex, post.unitId, ['posts', i, 'unitId'], post.id);
    unknown('org_unknown_post', postIndex, post.reportsTo, ['posts', i, 'reportsTo'], post.id);
  });
  memberships.forEach((membership, i) => {
    unknown('org_unknown_post', postIndex, membership.postId, ['memberships', i, 'postId'], membership.id);
    unknown('org_unknown_person', personIndex, membership.personId, ['memberships', i, 'personId'], membership.id);
  });

  // The tree at every change point.
  for (const date of changePoints([...units, ...links])) checkTreeAt(out, structure, unitIndex, date);

  // Posts within their unit, memberships within their post: checked at the change points of each pair.
  const locale = out.locale;
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  posts.forEach((post, i) => {
    const unit = unitsById.get(post.unitId);
    if (unit === undefined) return;
    for (const date of changePoints([post, unit])) {
      if (isValidAt(post, date) && !isValidAt(unit, date)) {
        out.add(
          'org_post_unit_not_valid',
          ['posts', i],
          { id: post.id, unit: unit.id, when: when(date, locale) },
          post.id,
        );
        break;
      }
    }
  });
  const postsById = new Map(posts.map((post) => [post.id, post]));
  memberships.forEach((membership, i) => {
    const post = postsById.get(membership.postId);
    if (post === undefined) return;
    for (const date of changePoints([membership, post])) {
      if (isValidAt(membership, date) && !isValidAt(post, date)) {
        out.add(
          'org_membership_outside_post',
          ['memberships', i],
          { id: membership.id, post: post.id, when: when(date, locale) },
          membership.id,
        );
        break;
      }
    }
  });

  // Single-holder posts: no two holders on the same day.
  const byPost = new Map<string, (Validity & { id: string; index: number })[]>();
  memberships.forEach((membership, index) => {
    const list = byPost.get(membership.postId) ?? [];
    list.push({ ...membership, index });
    byPost.set(membership.postId, list);
  });
  for (const [postId, list] of byPost) {
    if (postsById.get(postId)?.singleHolder === false) continue;
    sweepOverlaps(list, (first, second) => {
      out.add(
        'org_holders_overlap',
        ['memberships', second.index],
        { post: postId, first: first.id, second: second.id, when: when(overlapStart(first, second), locale) },
        `${first.id}|${second.id}`,
      );
    });
  }

  checkCoverage(out, units);
  return out.issues;
}
