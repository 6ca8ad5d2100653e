import { type IsoDateTime, type IssueSink, type Locale, shortenForMessage } from '@iom/core';
import { pressIssues } from './messages/index.js';
import type { ReleaseId, ReleasePartner, TranslationLink } from './model.js';
import { getPartner } from './partners.js';

function instant(value: string): number {
  return Date.parse(value);
}

/**
 * The cross-field rules of a press release, as a zod check (every version of the kind has them): the
 * embargo lifts no later than publication, an update is not older than publication, translations are
 * in other languages and not the release itself, every partner is in the registry once per role.
 *
 * @internal
 */
export function checkRelease(release: ReleaseRuleFields, ctx: IssueSink): void {
  if (release.embargoUntil !== undefined && release.publishedAt !== undefined) {
    if (instant(release.embargoUntil) > instant(release.publishedAt)) {
      ctx.addIssue(
        pressIssues.custom('embargo_after_publication', {
          args: { published: release.publishedAt },
          path: ['embargoUntil'],
        }),
      );
    }
  }
  if (release.updatedAt !== undefined && release.publishedAt !== undefined) {
    if (instant(release.updatedAt) < instant(release.publishedAt)) {
      ctx.addIssue(
        pressIssues.custom('updated_before_published', {
          args: { published: release.publishedAt },
          path: ['updatedAt'],
        }),
      );
    }
  }
  const seen = new Set<string>();
  release.translations?.forEach((link, index) => {
    if (link.language === release.language) {
      ctx.addIssue(
        pressIssues.custom('translation_same_language', {
          args: { language: release.language },
          path: ['translations', index, 'language'],
        }),
      );
    } else if (seen.has(link.language)) {
      ctx.addIssue(
        pressIssues.custom('translation_duplicate_language', {
          args: { language: link.language },
          path: ['translations', index, 'language'],
        }),
      );
    }
    seen.add(link.language);
    if (link.id === release.id) {
      ctx.addIssue(pressIssues.custom('translation_self', { path: ['translations', index, 'id'] }));
    }
  });
  const partnerKeys = new Set<string>();
  release.partners?.forEach((partner, index) => {
    if (getPartner(partner.id) === undefined) {
      const shown = /^[A-Za-z0-9-]{1,16}$/.test(partner.id) ? partner.id : shortenForMessage(partner.id, 8);
      ctx.addIssue(
        pressIssues.custom('partner_unknown', { args: { partner: shown }, path: ['partners', index, 'id'] }),
      );
    }
    const key = `${partner.id}\u0000${partner.role}`;
    if (partnerKeys.has(key)) {
      ctx.addIssue(
        pressIssues.custom('partner_duplicate', {
          args: { partner: partner.id, role: partner.role },
          path: ['partners', index],
        }),
      );
    }
    partnerKeys.add(key);
  });
}

/**
 * The fields the cross-field rules read, the same in every version of the kind (the compiler holds each
 * version's shape to it where the rules are attached).
 */
interface ReleaseRuleFields {
  readonly id: ReleaseId;
  readonly language: Locale;
  readonly publishedAt?: IsoDateTime | undefined;
  readonly updatedAt?: IsoDateTime | undefined;
  readonly embargoUntil?: IsoDateTime | undefined;
  readonly translations?: readonly TranslationLink[] | undefined;
  readonly partners?: readonly ReleasePartner[] | undefined;
}
