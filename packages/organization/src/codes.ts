/**
 * The code lists of `@iom/organization`, as plain constants: schemas, label catalogs and `@iom/missions`
 * all read them from here, so a code added in one place and not in the others fails to compile.
 *
 * @module
 */

import * as z from 'zod';

/** The kinds of organisational unit, in their documented order. */
export const UNIT_KINDS = [
  'headquarters_office',
  'department',
  'division',
  'unit',
  'regional_office',
  'country_office',
  'sub_office',
  'special_liaison_office',
  'administrative_centre',
] as const;

/**
 * The kind of an organisational unit: an office at headquarters (the Office of the Director
 * General, an independent office), a department, division or unit, a regional office, a country
 * office or sub-office, a special liaison office (Addis Ababa, New York) or an administrative
 * centre (Manila, Panama).
 */
export const UnitKind = z.enum(UNIT_KINDS);
/** The kind of an organisational unit. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The kinds of post, in their documented order. */
export const POST_KINDS = [
  'director_general',
  'deputy_director_general',
  'chief_of_staff',
  'deputy_chief_of_staff',
  'director',
  'head_of_unit',
  'regional_director',
  'chief_of_mission',
  'head_of_office',
  'officer_in_charge',
  'spokesperson',
] as const;

/** The kind of a post (ORG `org:Post`, Popolo `post.role`): what the holder is called. */
export const PostKind = z.enum(POST_KINDS);
/** The kind of a post. */
export type PostKind = (typeof POST_KINDS)[number];

/** The ways a post is held other than in full: `acting` or `ad_interim` (a.i.). */
export const INTERIM_KINDS = ['acting', 'ad_interim'] as const;

/** How a post is held when not in full: `acting` or `ad_interim`. */
export const InterimKind = z.enum(INTERIM_KINDS);
/** How a post is held when not in full. */
export type InterimKind = (typeof INTERIM_KINDS)[number];

/** The dated figures of the organisation's membership and presence. */
export const FIGURE_MEASURES = ['member_states', 'observer_states', 'countries_with_presence'] as const;

/** What a dated figure counts: member states, observer states, or countries with an IOM presence. */
export const FigureMeasure = z.enum(FIGURE_MEASURES);
/** What a dated figure counts. */
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];
