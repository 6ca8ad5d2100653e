import type { OrgStructureRecord as OrgStructure } from '../model.js';
import { changePoints, isValidAt, overlapStart, sweepOverlaps, type Validity } from '../validity.js';
import { type StructureReporter, when } from './reporter.js';

/** A post exists only while its unit does, and a membership only while its post does. */
export function checkNesting(out: StructureReporter, structure: OrgStructure): void {
  const unitsById = new Map(structure.units.map((unit) => [unit.id, unit]));
  structure.posts.forEach((post, i) => {
    const unit = unitsById.get(post.unitId);
    if (unit === undefined) return;
    // Checked at the change points of the pair: the first date the post outlives its unit.
    const date = changePoints([post, unit]).find((at) => isValidAt(post, at) && !isValidAt(unit, at));
    if (date === undefined) return;
    out.add('org_post_unit_not_valid', ['posts', i], post.id, () => ({ id: post.id, unit: unit.id, when: when(date) }));
  });
  const postsById = new Map(structure.posts.map((post) => [post.id, post]));
  structure.memberships.forEach((membership, i) => {
    const post = postsById.get(membership.postId);
    if (post === undefined) return;
    const date = changePoints([membership, post]).find((at) => isValidAt(membership, at) && !isValidAt(post, at));
    if (date === undefined) return;
    out.add('org_membership_outside_post', ['memberships', i], membership.id, () => ({
      id: membership.id,
      post: post.id,
      when: when(date),
    }));
  });
}

/** A single-holder post never has two holders on the same day. */
export function checkHolders(out: StructureReporter, structure: OrgStructure): void {
  const postsById = new Map(structure.posts.map((post) => [post.id, post]));
  const byPost = new Map<string, (Validity & { id: string; index: number })[]>();
  structure.memberships.forEach((membership, index) => {
    const list = byPost.get(membership.postId) ?? [];
    list.push({ ...membership, index });
    byPost.set(membership.postId, list);
  });
  for (const [postId, list] of byPost) {
    if (postsById.get(postId)?.singleHolder === false) continue;
    sweepOverlaps(list, (first, second) => {
      out.add('org_holders_overlap', ['memberships', second.index], `${first.id}|${second.id}`, () => ({
        post: postId,
        first: first.id,
        second: second.id,
        when: when(overlapStart(first, second)),
      }));
    });
  }
}
