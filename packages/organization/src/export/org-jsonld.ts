import { LOCALES, type LocalizedText } from '@iom/core';
import type { OrgStructureRecord as OrgStructure, Post } from '../model.js';
import { postTitle } from '../post-title.js';
import { BEGINNING, END, isValidAt, type Validity } from '../validity.js';
import { ORG_CONTEXT, ORG_CONTEXT_URL } from './org-context.js';

/** Options of {@link toOrgJsonLd}. */
export interface OrgJsonLdOptions {
  /**
   * A date for a snapshot: only what holds that day, so the units form a strict tree. Without it,
   * everything is exported with its dates (memberships as `org:memberDuring` intervals, units with
   * founding and dissolution dates) and a unit lists every parent it ever had.
   */
  readonly at?: string;
  /** The base of the IRIs made from ids; `urn:iom:` by default (`urn:iom:unit:RO_PTY`). */
  readonly baseIri?: string;
  /** `inline` (the default) embeds {@link ORG_CONTEXT}; `reference` points to {@link ORG_CONTEXT_URL}. */
  readonly context?: 'inline' | 'reference';
}

/** A node of the exported JSON-LD graph. */
export type JsonLdNode = Record<string, unknown>;

/** A JSON-LD document: a context and a graph of nodes. */
export interface JsonLdDocument {
  /** The context, inline or by reference. */
  readonly '@context': typeof ORG_CONTEXT | string;
  /** The nodes. */
  readonly '@graph': JsonLdNode[];
}

function languageMap(text: LocalizedText): Record<string, string> {
  // The languages that hold text, as a JSON-LD language map.
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    const value = text[locale];
    if (value !== undefined) out[locale] = value;
  }
  return out;
}

/** The post's neutral title in every language. */
function titleMap(post: Post): Record<string, string> {
  const map: Record<string, string> = {};
  for (const locale of LOCALES) map[locale] = postTitle(post, locale);
  return map;
}

function interval(item: Validity): JsonLdNode {
  const node: JsonLdNode = { type: 'Interval' };
  if (item.validFrom !== undefined && item.validFrom !== BEGINNING) {
    node.hasBeginning = { type: 'Instant', inXSDDate: item.validFrom };
  }
  if (item.validUntil !== undefined && item.validUntil !== END) {
    node.hasEnd = { type: 'Instant', inXSDDate: item.validUntil };
  }
  return node;
}

/**
 * Exports a structure to the W3C Organization Ontology (ORG) as JSON-LD:
 *
 * - the organisation is an `org:FormalOrganization` that `org:hasUnit` every unit (`org:unitOf`);
 * - units are `org:OrganizationalUnit`s linked by `org:subOrganizationOf` / `org:hasSubOrganization`,
 *   classified by kind (`org:classification`, a `skos:Concept` per kind), at their `org:hasPrimarySite`;
 * - posts are `org:Post`s `org:postIn` their unit, `org:heldBy` their holders (`org:holds`), with
 *   `org:reportsTo`;
 * - each membership is an `org:Membership` of the person (`org:member`) in the post's unit
 *   (`org:organization`) with the post's kind as `org:role` and an OWL-Time `org:memberDuring`
 *   interval; the person is `org:memberOf` the unit;
 * - a unit that `replaces` others comes with an `org:ChangeEvent` (the 2024 merger of two regional
 *   offices into the Regional Office for the Americas).
 *
 * Names are language-tagged `skos:prefLabel`s in English, French and Spanish.
 */
export function toOrgJsonLd(structure: OrgStructure, options: OrgJsonLdOptions = {}): JsonLdDocument {
  const base = options.baseIri ?? 'urn:iom:';
  const holds = (item: Validity) => options.at === undefined || isValidAt(item, options.at);
  const iri = (type: string, id: string) => `${base}${type}:${encodeURIComponent(id)}`;
  const org = iri('org', structure.organization.id);
  const units = structure.units.filter(holds);
  const unitIds = new Set(units.map((unit) => unit.id));
  const links = structure.links.filter((link) => holds(link) && unitIds.has(link.child) && unitIds.has(link.parent));
  const posts = structure.posts.filter((post) => holds(post) && unitIds.has(post.unitId));
  const postsById = new Map(posts.map((post) => [post.id, post]));
  const memberships = structure.memberships.filter((m) => holds(m) && postsById.has(m.postId));
  const people = new Map(structure.people.map((person) => [person.id, person]));

  const graph: JsonLdNode[] = [];
  const organization: JsonLdNode = {
    id: org,
    type: 'FormalOrganization',
    prefLabel: languageMap(structure.organization.name),
    identifier: structure.organization.id,
    hasUnit: units.map((unit) => iri('unit', unit.id)),
  };
  if (structure.organization.acronym !== undefined) {
    organization.altLabel = languageMap(structure.organization.acronym);
  }
  if (structure.organization.headquartersSiteId !== undefined) {
    organization.hasPrimarySite = iri('site', structure.organization.headquartersSiteId);
  }
  graph.push(organization);

  const kinds = new Set(units.map((unit) => unit.kind));
  for (const kind of kinds) graph.push({ id: iri('unit-kind', kind), type: 'Concept', notation: kind });

  for (const unit of units) {
    const node: JsonLdNode = {
      id: iri('unit', unit.id),
      type: 'OrganizationalUnit',
      identifier: unit.id,
      prefLabel: languageMap(unit.name),
      classification: iri('unit-kind', unit.kind),
      unitOf: org,
      subOrganizationOf: links.filter((link) => link.child === unit.id).map((link) => iri('unit', link.parent)),
      hasSubOrganization: links.filter((link) => link.parent === unit.id).map((link) => iri('unit', link.child)),
      hasPost: posts.filter((post) => post.unitId === unit.id).map((post) => iri('post', post.id)),
    };
    if (unit.acronym !== undefined) node.altLabel = { en: unit.acronym };
    if (unit.siteId !== undefined) node.hasPrimarySite = iri('site', unit.siteId);
    if (unit.validFrom !== undefined) node.foundingDate = unit.validFrom;
    if (unit.validUntil !== undefined) node.dissolutionDate = unit.validUntil;
    if (unit.sources !== undefined) node.source = unit.sources.map((source) => source.url);
    if (unit.replaces !== undefined && unit.replaces.length > 0) {
      const event = iri('change', unit.id);
      node.resultedFrom = event;
      const change: JsonLdNode = {
        id: event,
        type: 'ChangeEvent',
        originalOrganization: unit.replaces.map((id) => iri('unit', id)),
        resultingOrganization: iri('unit', unit.id),
      };
      if (unit.validFrom !== undefined) change.date = unit.validFrom;
      graph.push(change);
    }
    graph.push(node);
  }

  for (const post of posts) {
    const holders = memberships.filter((m) => m.postId === post.id);
    const node: JsonLdNode = {
      id: iri('post', post.id),
      type: 'Post',
      identifier: post.id,
      prefLabel: titleMap(post),
      postIn: iri('unit', post.unitId),
      role: iri('post-kind', post.kind),
      heldBy: [...new Set(holders.map((m) => iri('person', m.personId)))],
    };
    if (post.reportsTo !== undefined && postsById.has(post.reportsTo)) node.reportsTo = iri('post', post.reportsTo);
    graph.push(node);
  }
  const roles = new Set(posts.map((post) => post.kind));
  for (const kind of roles) graph.push({ id: iri('post-kind', kind), type: 'Role', notation: kind });

  const personIds = [...new Set(memberships.map((m) => m.personId))];
  for (const personId of personIds) {
    const person = people.get(personId);
    const own = memberships.filter((m) => m.personId === personId);
    graph.push({
      id: iri('person', personId),
      type: 'Person',
      ...(person === undefined ? {} : { name: person.name }),
      holds: [...new Set(own.map((m) => iri('post', m.postId)))],
      memberOf: [...new Set(own.map((m) => iri('unit', postsById.get(m.postId)?.unitId ?? '')))],
      hasMembership: own.map((m) => iri('membership', m.id)),
    });
  }
  for (const membership of memberships) {
    const post = postsById.get(membership.postId);
    if (post === undefined) continue;
    graph.push({
      id: iri('membership', membership.id),
      type: 'Membership',
      member: iri('person', membership.personId),
      organization: iri('unit', post.unitId),
      role: iri('post-kind', post.kind),
      memberDuring: interval(membership),
    });
  }
  for (const site of structure.sites) {
    graph.push({
      id: iri('site', site.id),
      type: 'Site',
      prefLabel: languageMap(site.name),
      location: site.city.en ?? site.city.fr ?? site.city.es ?? '',
      addressCountry: site.country,
      siteOf: [
        ...(structure.organization.headquartersSiteId === site.id ? [org] : []),
        ...units.filter((unit) => unit.siteId === site.id).map((unit) => iri('unit', unit.id)),
      ],
    });
  }
  return { '@context': options.context === 'reference' ? ORG_CONTEXT_URL : ORG_CONTEXT, '@graph': graph };
}
