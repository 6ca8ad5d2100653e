import { type Locale, type LocalizedText, localize } from '@iom/core';
import type { OrgStructureRecord as OrgStructure, UnitLink } from '../model.js';
import { postTitle } from '../post-title.js';
import type { Source } from '../source.js';
import { BEGINNING, isValidAt, type Validity } from '../validity.js';

/** Options of {@link toPopolo}. */
export interface PopoloOptions {
  /** The language of `name` and `label`; the other languages go to `other_names`. English by default. */
  readonly locale?: Locale;
  /**
   * A date for a snapshot: only what holds that day, each unit's `parent_id` its parent then.
   * Without it, everything is exported and `parent_id` is the unit's latest parent.
   */
  readonly at?: string;
}

/** A Popolo `link` (also used for `sources`). */
export interface PopoloLink {
  /** The address. */
  url: string;
  /** A note. */
  note?: string;
}

/** A Popolo `other_name`. */
export interface PopoloOtherName {
  /** The name. */
  name: string;
  /** A note: here the BCP 47 language of the name (`lang:fr`). */
  note?: string;
}

/** A Popolo `organization` (a unit, or the organisation itself). */
export interface PopoloOrganization {
  /** The id. */
  id: string;
  /** The name in the chosen language. */
  name: string;
  /** The names in the other languages. */
  other_names?: PopoloOtherName[];
  /** The kind of unit (its code); `formal_organization` for the organisation itself. */
  classification: string;
  /** The unit above, or the organisation for the root unit. */
  parent_id?: string | null;
  /** The first day of the unit. */
  founding_date?: string;
  /** The last day of the unit. */
  dissolution_date?: string;
  /** Where the facts come from. */
  sources?: PopoloLink[];
}

/** A Popolo `person`. */
export interface PopoloPerson {
  /** The id. */
  id: string;
  /** The name. */
  name: string;
  /** Where the facts come from. */
  sources?: PopoloLink[];
}

/** A Popolo `post`. */
export interface PopoloPost {
  /** The id. */
  id: string;
  /** The title (neutral form) in the chosen language. */
  label: string;
  /** The post kind's code. */
  role: string;
  /** The unit. */
  organization_id: string;
  /** The first day of the post. */
  start_date?: string;
  /** The last day of the post. */
  end_date?: string;
  /** Where the facts come from. */
  sources?: PopoloLink[];
}

/** A Popolo `membership`. */
export interface PopoloMembership {
  /** The id. */
  id: string;
  /** The title as the holder held it (gendered form, interim mark). */
  label: string;
  /** The post kind's code. */
  role: string;
  /** The person. */
  person_id: string;
  /** The post. */
  post_id: string;
  /** The post's unit. */
  organization_id: string;
  /** The first day. */
  start_date?: string;
  /** The last day. */
  end_date?: string;
  /** Where the facts come from. */
  sources?: PopoloLink[];
}

/** A Popolo export: the four collections of the Popolo data package. */
export interface PopoloExport {
  /** The organisation and its units. */
  organizations: PopoloOrganization[];
  /** The people. */
  persons: PopoloPerson[];
  /** The posts. */
  posts: PopoloPost[];
  /** The memberships. */
  memberships: PopoloMembership[];
}

function sources(list: readonly Source[] | undefined): { sources?: PopoloLink[] } {
  if (list === undefined || list.length === 0) return {};
  return {
    sources: list.map((source) =>
      source.note === undefined ? { url: source.url } : { url: source.url, note: source.note },
    ),
  };
}

function dates(item: Validity, from: 'founding_date' | 'start_date', until: 'dissolution_date' | 'end_date') {
  const out: Record<string, string> = {};
  if (item.validFrom !== undefined && item.validFrom !== BEGINNING) out[from] = item.validFrom;
  if (item.validUntil !== undefined) out[until] = item.validUntil;
  return out;
}

function otherNames(text: LocalizedText, locale: Locale): { other_names?: PopoloOtherName[] } {
  const names = (['en', 'fr', 'es'] as const)
    .filter((other) => other !== locale && text[other] !== undefined)
    .map((other) => ({ name: text[other] ?? '', note: `lang:${other}` }));
  return names.length === 0 ? {} : { other_names: names };
}

function latest(links: readonly UnitLink[]): UnitLink | undefined {
  return [...links].sort((a, b) => ((a.validFrom ?? BEGINNING) < (b.validFrom ?? BEGINNING) ? 1 : -1))[0];
}

/**
 * Exports a structure to Popolo JSON (popoloproject.com): `organizations` (the organisation and
 * each unit, with `parent_id`), `persons`, `posts` and `memberships`, with Popolo's partial-ISO
 * `start_date`/`end_date` and `sources`. Popolo has one `name` per organisation: the chosen
 * language's, the others as `other_names` noted `lang:fr`, `lang:es`.
 */
export function toPopolo(structure: OrgStructure, options: PopoloOptions = {}): PopoloExport {
  const locale = options.locale ?? 'en';
  const holds = (item: Validity) => options.at === undefined || isValidAt(item, options.at);
  const units = structure.units.filter(holds);
  const unitIds = new Set(units.map((unit) => unit.id));
  const organizations: PopoloOrganization[] = [
    {
      id: structure.organization.id,
      name: localize(structure.organization.name, locale) ?? structure.organization.id,
      ...otherNames(structure.organization.name, locale),
      classification: 'formal_organization',
      ...(structure.organization.foundingDate === undefined
        ? {}
        : { founding_date: structure.organization.foundingDate }),
      ...sources(structure.organization.sources),
    },
  ];
  for (const unit of units) {
    const parentLinks = structure.links.filter(
      (link) => link.child === unit.id && holds(link) && unitIds.has(link.parent),
    );
    const parent = options.at === undefined ? latest(parentLinks) : parentLinks[0];
    organizations.push({
      id: unit.id,
      name: localize(unit.name, locale) ?? unit.id,
      ...otherNames(unit.name, locale),
      classification: unit.kind,
      parent_id: parent?.parent ?? structure.organization.id,
      ...dates(unit, 'founding_date', 'dissolution_date'),
      ...sources(unit.sources),
    });
  }
  const posts = structure.posts.filter((post) => holds(post) && unitIds.has(post.unitId));
  const postsById = new Map(posts.map((post) => [post.id, post]));
  const memberships = structure.memberships.filter((m) => holds(m) && postsById.has(m.postId));
  const personIds = new Set(memberships.map((m) => m.personId));
  const people = new Map(structure.people.map((person) => [person.id, person]));
  return {
    organizations,
    persons: structure.people
      .filter((person) => personIds.has(person.id))
      .map((person) => ({ id: person.id, name: person.name, ...sources(person.sources) })),
    posts: posts.map((post) => ({
      id: post.id,
      label: postTitle(post, locale),
      role: post.kind,
      organization_id: post.unitId,
      ...dates(post, 'start_date', 'end_date'),
      ...sources(post.sources),
    })),
    memberships: memberships.map((m) => {
      const post = postsById.get(m.postId);
      const form = m.grammaticalGender ?? people.get(m.personId)?.grammaticalGender;
      return {
        id: m.id,
        label: post === undefined ? '' : postTitle(post, locale, { form, interim: m.interim }),
        role: post?.kind ?? '',
        person_id: m.personId,
        post_id: m.postId,
        organization_id: post?.unitId ?? '',
        ...dates(m, 'start_date', 'end_date'),
        ...sources(m.sources),
      };
    }),
  };
}
