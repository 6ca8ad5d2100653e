import * as z from 'zod';

/**
 * A mission id as version 1 of `iom.press-release` took it, before `@iom/missions` had an id schema:
 * any non-empty token without spaces (`MISSION_EC`, but also `EC` or `ecuador-office`). Version 2
 * takes `MissionId` from `@iom/missions` only; the step between them says what becomes of the others.
 */
export const MissionIdV1 = z.string().trim().min(1).regex(/^\S+$/);
/** A mission id as version 1 of `iom.press-release` took it. */
export type MissionIdV1 = string;

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
