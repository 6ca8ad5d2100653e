/** The lists of a structure, as messages name them. */
export type StructureCollection = 'units' | 'links' | 'posts' | 'people' | 'memberships' | 'sites' | 'figures';

/** The words of one locale that the structure's messages are built from. */
export interface StructureWords {
  /** The name of each list of a structure (`{collection}` in `org_duplicate_id`). */
  readonly collections: { readonly [C in StructureCollection]: string };
  /** `{when}` for a problem that shows before any recorded date. */
  readonly fromTheStart: string;
  /** `{when}` for a problem that first shows on `{date}` (written out in the locale). */
  readonly onDate: string;
}
