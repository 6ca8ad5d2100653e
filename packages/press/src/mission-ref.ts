import * as z from 'zod';

/**
 * The id of an IOM country mission, as `@iom/missions` assigns it. Stand-in until `@iom/missions`
 * exports its own id schema: a non-empty token without spaces. Whether the mission exists is
 * checked by `validatePressRelease` against the registry the caller passes.
 */
export const MissionId = z.string().trim().min(1).regex(/^\S+$/);
/** The id of an IOM country mission. */
export type MissionId = string;

/**
 * The missions a release may refer to: a set or list of ids, a list of mission records with an `id`,
 * or a function telling whether an id exists.
 */
export type MissionLookup =
  | ReadonlySet<string>
  | Iterable<string | { readonly id: string }>
  | ((id: string) => boolean);

/** Turns any {@link MissionLookup} into a predicate. */
export function missionPredicate(lookup: MissionLookup): (id: string) => boolean {
  if (typeof lookup === 'function') return lookup;
  if (lookup instanceof Set) return (id) => lookup.has(id);
  const ids = new Set<string>();
  for (const entry of lookup) ids.add(typeof entry === 'string' ? entry : entry.id);
  return (id) => ids.has(id);
}
