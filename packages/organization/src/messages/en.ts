import type { StructureWords } from './words.js';

// Messages never quote free text from a structure: they name ids, codes and dates. `{when}` reads
// "on 1 January 2024", or "from the start" before any recorded date (see `enWords`).

/** The English message of each issue code of `@iom/organization`: the keys are the package's codes. */
export const en = {
  org_duplicate_id: 'The id {id} is used more than once among the {collection}',
  org_unknown_unit: '{id} refers to the unit {ref}, which does not exist',
  org_unknown_post: '{id} refers to the post {ref}, which does not exist',
  org_unknown_person: '{id} refers to the person {ref}, who is not listed',
  org_unknown_site: '{id} refers to the site {ref}, which does not exist',
  org_no_root: 'The units have no root {when}: every unit has a parent',
  org_multiple_roots: 'The units have several roots {when}: {ids}',
  org_cycle: 'The parent links form a cycle {when}: {ids}',
  org_multiple_parents: 'The unit {id} has several parents {when}: {parents}',
  org_parent_not_valid: 'The unit {id} reports to {parent} {when}, but {parent} does not exist then',
  org_link_child_not_valid: 'A parent link of {id} (to {parent}) holds {when}, but {id} does not exist then',
  org_holders_overlap: 'The post {post} has two holders {when}: memberships {first} and {second}',
  org_membership_outside_post: 'The membership {id} holds {when}, but its post {post} does not exist then',
  org_post_unit_not_valid: 'The post {id} exists {when}, but its unit {unit} does not',
  org_coverage_overlap: 'The country {country} is covered by two regional offices {when}: {first} and {second}',
  org_coverage_lists_overlap: 'The regional office {id} has two coverage lists in force {when}',
  org_coverage_outside_unit: 'A coverage list of {id} holds {when}, but {id} does not exist then',
  org_date_not_real: 'Not a real calendar date: the month has no such day',
};

/** The English words the messages are built from. */
export const enWords: StructureWords = {
  collections: {
    units: 'units',
    links: 'links',
    posts: 'posts',
    people: 'people',
    memberships: 'memberships',
    sites: 'sites',
    figures: 'figures',
  },
  fromTheStart: 'from the start',
  onDate: 'on {date}',
};
