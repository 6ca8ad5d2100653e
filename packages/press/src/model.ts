import { MediaContact } from '@iom/contact';
import { CountryCode, HttpUrl, IsoDate, IsoDateTime, kindField, Locale, withJsonSchema } from '@iom/core';
import { MissionId } from '@iom/missions';
import * as z from 'zod';
import * as codes from './codes.js';
import { pressIssues } from './messages/index.js';

/** A kind of release: press release, news, statement or press briefing note. */
export const ReleaseKind = z.enum(codes.RELEASE_KINDS);
/** A kind of release. */
export type ReleaseKind = codes.ReleaseKindCode;

/** Whether a release speaks for IOM as a whole or for one country office. */
export const ReleaseScope = z.enum(codes.RELEASE_SCOPES);
/** A release scope. */
export type ReleaseScope = codes.ReleaseScopeCode;

/** What a partner organisation did: organised, funded or took part. */
export const PartnerRole = z.enum(codes.PARTNER_ROLES);
/** A partner's role. */
export type PartnerRole = codes.PartnerRoleCode;

/** A topic of the vocabulary (labels in `TopicLabels`). */
export const Topic = z.enum(codes.TOPICS);
/** A topic of the vocabulary. */
export type Topic = codes.TopicCode;

const ID = /^(?:[a-z][a-z0-9+.-]*:\S+|[A-Za-z0-9][A-Za-z0-9._~/-]*)$/;

/**
 * The id of a release: a URI (`urn:iom:press:2008-ec-tri-national-meeting-fr`,
 * `https://www.iom.int/fr/news/…`) or a slug without spaces.
 */
export const ReleaseId = withJsonSchema(
  z.string().check(pressIssues.check((value: string) => ID.test(value), 'release_id_format')),
  () => ({ type: 'string', pattern: ID.source }),
);
/** The id of a release. */
export type ReleaseId = string;

/** A link to the same release in another language. */
export const TranslationLink = z.object({
  /** The language of the translation. */
  language: Locale,
  /** The id of the translated release. */
  id: ReleaseId,
  /** Set on the link to the version the others were translated from. */
  original: z.literal(true).optional(),
});
/** A link to the same release in another language. */
export type TranslationLink = {
  /** The language of the translation. */
  language: Locale;
  /** The id of the translated release. */
  id: ReleaseId;
  /** Set on the link to the version the others were translated from. */
  original?: true | undefined;
};

/**
 * Where and when a release was written: "Quito, Équateur – 12 juin 2024". Older IOM releases give a
 * country only ("Équateur – …"). Render it with `formatDateline`.
 */
export const Dateline = z
  .object({
    /** The city, as the release's language writes it ("Genève", "Ginebra"). */
    place: z.string().trim().min(1).optional(),
    /** The country. */
    country: CountryCode.optional(),
    /** The date written in the dateline. */
    date: IsoDate.optional(),
  })
  .check(
    pressIssues.check(
      (dateline: { place?: unknown; country?: unknown }) =>
        dateline.place !== undefined || dateline.country !== undefined,
      'dateline_empty',
    ),
  );
/** Where and when a release was written. */
export type Dateline = {
  /** The city, as the release's language writes it ("Genève", "Ginebra"). */
  place?: string | undefined;
  /** The country. */
  country?: CountryCode | undefined;
  /** The date written in the dateline. */
  date?: IsoDate | undefined;
};

/** The person a quote is attributed to. */
export const Speaker = z.object({
  /** The speaker's name. */
  name: z.string().trim().min(1),
  /** The speaker's role, in the release's language ("chef de mission de l'OIM en Équateur"). */
  role: z.string().trim().min(1).optional(),
  /** The speaker's organisation, as written ("OIM", "IOM", "OIT"). */
  organization: z.string().trim().min(1).optional(),
});
/** The person a quote is attributed to. */
export type Speaker = {
  /** The speaker's name. */
  name: string;
  /** The speaker's role, in the release's language ("chef de mission de l'OIM en Équateur"). */
  role?: string | undefined;
  /** The speaker's organisation, as written ("OIM", "IOM", "OIT"). */
  organization?: string | undefined;
};

/** A quote, with its speaker. Render it with `formatQuoteAttribution`. */
export const Quote = z.object({
  /** The words quoted, without quotation marks. */
  text: z.string().trim().min(1),
  /** Who said them. */
  speaker: Speaker,
  /** The index of the body paragraph the quote appears in, when it appears in the body. */
  paragraph: z.number().int().nonnegative().optional(),
});
/** A quote, with its speaker. */
export type Quote = {
  /** The words quoted, without quotation marks. */
  text: string;
  /** Who said them. */
  speaker: Speaker;
  /** The index of the body paragraph the quote appears in, when it appears in the body. */
  paragraph?: number | undefined;
};

/** A partner organisation named by a release, from the partner registry (`PARTNERS`), with its role. */
export const ReleasePartner = z.object({
  /** The partner's id in the registry (`ILO`, `USAID`, `UNHCR`). */
  id: z.string().min(1),
  /** What the partner did. */
  role: PartnerRole,
});
/** A partner organisation named by a release, with its role. */
export type ReleasePartner = {
  /** The partner's id in the registry (`ILO`, `USAID`, `UNHCR`). */
  id: string;
  /** What the partner did. */
  role: PartnerRole;
};

/** Where a release came from. */
export const ReleaseSource = z.object({
  /** How the release was obtained. */
  format: z.enum(codes.SOURCE_FORMATS),
  /** The page or feed it was read from: an absolute `http` or `https` link (`HttpUrl` of `@iom/core`). */
  url: HttpUrl.optional(),
  /** The file or document it was read from, when there is no URL. */
  name: z.string().trim().min(1).optional(),
  /** When it was read. */
  retrievedAt: IsoDateTime.optional(),
});
/** Where a release came from. */
export type ReleaseSource = {
  /** How the release was obtained. */
  format: codes.SourceFormatCode;
  /** The page or feed it was read from: an absolute `http` or `https` link (`HttpUrl` of `@iom/core`). */
  url?: HttpUrl | undefined;
  /** The file or document it was read from, when there is no URL. */
  name?: string | undefined;
  /** When it was read. */
  retrievedAt?: IsoDateTime | undefined;
};

/**
 * The fields of a press release, without its cross-field rules: the plain object schema an app can
 * `.extend()`, `.pick()` or `.partial()` (the shape of a draft). A payload is checked with
 * {@link PressRelease}, which adds the rules to this shape.
 *
 * @example
 * const PressReleaseWithDesk = PressReleaseShape.extend({ desk: z.enum(['global', 'regional']) });
 */
export const PressReleaseShape = z.object({
  /** The payload kind, `iom.press-release@2`, when the release travels alone. */
  $kind: kindField('iom.press-release', 2).optional(),
  /** The release's id. */
  id: ReleaseId,
  /** Press release, news, statement or press briefing note. */
  kind: ReleaseKind,
  /** Global (IOM as a whole) or local (a country office). */
  scope: ReleaseScope,
  /** The language the release is written in. */
  language: Locale,
  /** The same release in other languages. */
  translations: z.array(TranslationLink).optional(),
  /** The headline. */
  title: z.string().trim().min(1),
  /** The subheading. */
  subtitle: z.string().trim().min(1).optional(),
  /** A summary of a sentence or two. */
  summary: z.string().trim().min(1).optional(),
  /** Where and when the release was written. */
  dateline: Dateline.optional(),
  /** When it was first published. A draft has none yet. */
  publishedAt: IsoDateTime.optional(),
  /** When it was last changed after publication. */
  updatedAt: IsoDateTime.optional(),
  /** Until when the media must not publish it. */
  embargoUntil: IsoDateTime.optional(),
  /** The body, one plain-text paragraph per item. */
  body: z.array(z.string().trim().min(1)).min(1),
  /** The quotes the release carries (their words are also in the body). */
  quotes: z.array(Quote).optional(),
  /** The countries the release is about. */
  countries: z.array(CountryCode).optional(),
  /** The IOM missions involved, by their `@iom/missions` ids (`MISSION_EC`). */
  missions: z.array(MissionId).optional(),
  /** The partner organisations named, with their roles. */
  partners: z.array(ReleasePartner).optional(),
  /** The topics, from the vocabulary. */
  topics: z.array(Topic).optional(),
  /** Who journalists can contact. */
  mediaContacts: z.array(MediaContact).optional(),
  /** Where the release came from. */
  source: ReleaseSource.optional(),
});
