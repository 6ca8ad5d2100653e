import type { MediaContact } from '@iom/contact';
import { type CountryCode, type IsoDateTime, issueCheck, type Locale } from '@iom/core';
import type { MissionId } from '@iom/missions';
import type * as z from 'zod';
import {
  type Dateline,
  PressReleaseShape,
  type Quote,
  type ReleaseId,
  type ReleaseKind,
  type ReleasePartner,
  type ReleaseScope,
  type ReleaseSource,
  type Topic,
  type TranslationLink,
} from './model.js';
import { checkRelease } from './rules.js';

/**
 * An IOM press release, news item, statement or press briefing note, in one language, linked to
 * its translations. Payload kind `iom.press-release@2` ({@link pressReleaseKind}); a release of
 * version 1 ({@link PressReleaseV1}) becomes one with `migrate(release, { to: pressReleaseKind })`.
 *
 * Cross-field rules (each with its issue code): the embargo lifts no later than publication
 * (`embargo_after_publication`); an update is not older than publication (`updated_before_published`);
 * translations are in other languages, one per language, and not the release itself
 * (`translation_same_language`, `translation_duplicate_language`, `translation_self`); every partner
 * is in the registry, once per role (`partner_unknown`, `partner_duplicate`). Whether the missions
 * exist needs the mission registry: `validatePressRelease` checks it.
 */
export const PressRelease: z.ZodType<PressRelease, PressRelease> = PressReleaseShape.check(issueCheck(checkRelease));
/**
 * An IOM press release in one language. An explicit object type, so that apps using it never
 * instantiate zod's types (`model.test-d.ts` holds it equal to what {@link PressReleaseShape} infers).
 */
export type PressRelease = {
  /** The payload kind, `iom.press-release@2`, when the release travels alone. */
  $kind?: 'iom.press-release@2' | undefined;
  /** The release's id. */
  id: ReleaseId;
  /** Press release, news, statement or press briefing note. */
  kind: ReleaseKind;
  /** Global (IOM as a whole) or local (a country office). */
  scope: ReleaseScope;
  /** The language the release is written in. */
  language: Locale;
  /** The same release in other languages. */
  translations?: TranslationLink[] | undefined;
  /** The headline. */
  title: string;
  /** The subheading. */
  subtitle?: string | undefined;
  /** A summary of a sentence or two. */
  summary?: string | undefined;
  /** Where and when the release was written. */
  dateline?: Dateline | undefined;
  /** When it was first published. A draft has none yet. */
  publishedAt?: IsoDateTime | undefined;
  /** When it was last changed after publication. */
  updatedAt?: IsoDateTime | undefined;
  /** Until when the media must not publish it. */
  embargoUntil?: IsoDateTime | undefined;
  /** The body, one plain-text paragraph per item. */
  body: string[];
  /** The quotes the release carries (their words are also in the body). */
  quotes?: Quote[] | undefined;
  /** The countries the release is about. */
  countries?: CountryCode[] | undefined;
  /** The IOM missions involved, by their `@iom/missions` ids (`MISSION_EC`). */
  missions?: MissionId[] | undefined;
  /** The partner organisations named, with their roles. */
  partners?: ReleasePartner[] | undefined;
  /** The topics, from the vocabulary. */
  topics?: Topic[] | undefined;
  /** Who journalists can contact. */
  mediaContacts?: MediaContact[] | undefined;
  /** Where the release came from. */
  source?: ReleaseSource | undefined;
};

/**
 * What a lenient reader (`importLegacyText`, `fromNinjs`) builds: a press release whose fields may
 * still be missing, to be completed by the caller and then validated.
 */
export type PressReleaseDraft = Partial<PressRelease>;
