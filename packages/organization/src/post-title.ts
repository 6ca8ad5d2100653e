import { type Locale, type LocalizedText, localize } from '@iom/core';
import type { InterimKind } from './codes.js';
import { type GrammaticalGender, pickForm } from './gender.js';
import { interimTitle, postKindTitle } from './labels.js';
import type { Membership, OrgStructureRecord as OrgStructure, Post } from './model.js';

/** Options of {@link postTitle}. */
export interface PostTitleOptions {
  /** The holder's stated form; the neutral title (naming both forms) when absent. */
  readonly form?: GrammaticalGender | undefined;
  /** Write the title as held `acting` or `ad_interim`. */
  readonly interim?: InterimKind | undefined;
}

/**
 * The title of a post in `locale`: its own `title` when it has one in that locale, or else the title
 * of its kind; in the feminine or masculine form the holder states, or a neutral form naming both.
 *
 * @example
 * postTitle({ kind: 'director_general' }, 'fr', { form: 'feminine' }); // 'Directrice générale'
 * postTitle({ kind: 'director_general' }, 'es');                        // 'Director General / Directora General'
 * postTitle({ kind: 'chief_of_mission' }, 'en', { interim: 'acting' }); // 'Acting Chief of Mission'
 */
export function postTitle(
  post: Pick<Post, 'kind'> & Partial<Pick<Post, 'title'>>,
  locale: Locale,
  options: PostTitleOptions = {},
): string {
  const own = post.title?.[locale];
  const title = own !== undefined ? pickForm(own, options.form) : postKindTitle(post.kind, locale, options.form);
  return options.interim === undefined ? title : interimTitle(title, options.interim, locale, options.form);
}

/**
 * The title a membership gives its holder in `locale`: the post's title in the form stated on the
 * membership or else on the person, marked acting or ad interim when so held. `undefined` when the
 * membership's post is unknown.
 */
export function membershipTitle(structure: OrgStructure, membership: Membership, locale: Locale): string | undefined {
  const post = structure.posts.find((candidate) => candidate.id === membership.postId);
  if (post === undefined) return undefined;
  const person = structure.people.find((candidate) => candidate.id === membership.personId);
  const form = membership.grammaticalGender ?? person?.grammaticalGender;
  return postTitle(post, locale, { form, interim: membership.interim });
}

/** The name of a unit in `locale`, falling back to another language when it lacks one. */
export function unitName(unit: { readonly name: LocalizedText }, locale: Locale): string {
  return localize(unit.name, locale) ?? '';
}
