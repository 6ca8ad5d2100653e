import { countryName, localize } from '@iom/core';
import { formatDateline } from './format/dateline.js';
import { ReleaseKindLabels, TopicLabels } from './labels.js';
import { getPartner } from './partners.js';
import type { PressRelease } from './release.js';

/** A schema.org `Organization` node. */
export interface OrganizationJsonLd {
  /** The type. */
  readonly '@type': 'Organization';
  /** The name in the release's language. */
  readonly name: string;
  /** Acronyms. */
  readonly alternateName?: string | readonly string[];
  /** The id in the partner registry. */
  readonly identifier?: string;
  /** The web site. */
  readonly url?: string;
  /** Media contacts. */
  readonly contactPoint?: readonly ContactPointJsonLd[];
}

/** A schema.org `Person` node: a quoted speaker. */
export interface PersonJsonLd {
  /** The type. */
  readonly '@type': 'Person';
  /** The name. */
  readonly name: string;
  /** The role. */
  readonly jobTitle?: string;
  /** The organisation. */
  readonly affiliation?: OrganizationJsonLd;
}

/** A schema.org `ContactPoint` node: a media contact. */
export interface ContactPointJsonLd {
  /** The type. */
  readonly '@type': 'ContactPoint';
  /** Always `media`. */
  readonly contactType: 'media';
  /** The person's name, or the office's. */
  readonly name?: string;
  /** The person's title. */
  readonly description?: string;
  /** The office. */
  readonly areaServed?: string;
  /** The first phone number, E.164 (RFC 3966 `;ext=` for an extension). */
  readonly telephone?: string;
  /** The first email address. */
  readonly email?: string;
  /** The languages spoken. */
  readonly availableLanguage?: readonly string[];
}

/** A schema.org `Place` node: where the release was written. */
export interface PlaceJsonLd {
  /** The type. */
  readonly '@type': 'Place';
  /** The place as the dateline writes it. */
  readonly name: string;
  /** The country. */
  readonly address?: { readonly '@type': 'PostalAddress'; readonly addressCountry: string };
}

/** A schema.org `Country` node. */
export interface CountryJsonLd {
  /** The type. */
  readonly '@type': 'Country';
  /** The name in the release's language. */
  readonly name: string;
  /** The ISO 3166-1 alpha-2 code. */
  readonly identifier: string;
}

/** A link to another language version. */
export interface TranslationJsonLd {
  /** The type. */
  readonly '@type': 'NewsArticle';
  /** The IRI of the other version. */
  readonly '@id': string;
  /** Its language. */
  readonly inLanguage: string;
}

/** The JSON-LD {@link toJsonLd} writes: a schema.org `NewsArticle` with its `@context`. */
export interface NewsArticleJsonLd {
  /** Always schema.org. */
  readonly '@context': 'https://schema.org';
  /** Always `NewsArticle`. */
  readonly '@type': 'NewsArticle';
  /** The release's IRI. */
  readonly '@id': string;
  /** The release's id as written. */
  readonly identifier: string;
  /** The title. */
  readonly headline: string;
  /** The subtitle. */
  readonly alternativeHeadline?: string;
  /** The summary. */
  readonly description?: string;
  /** The body, paragraphs separated by blank lines. */
  readonly articleBody: string;
  /** Words in the body. */
  readonly wordCount: number;
  /** The language. */
  readonly inLanguage: string;
  /** The kind of release, in its language. */
  readonly genre: string;
  /** First publication. */
  readonly datePublished?: string;
  /** Last update. */
  readonly dateModified?: string;
  /** The rendered dateline. */
  readonly dateline?: string;
  /** The dateline's place. */
  readonly locationCreated?: PlaceJsonLd;
  /** The countries the release is about. */
  readonly contentLocation?: readonly CountryJsonLd[];
  /** Topic labels. */
  readonly keywords?: readonly string[];
  /** Partners and quoted people. */
  readonly mentions?: readonly (OrganizationJsonLd | PersonJsonLd)[];
  /** Partners that funded the work. */
  readonly funder?: readonly OrganizationJsonLd[];
  /** IOM, with the media contacts. */
  readonly publisher: OrganizationJsonLd;
  /** IOM. */
  readonly sourceOrganization: OrganizationJsonLd;
  /** The versions translated from this one. */
  readonly workTranslation?: readonly TranslationJsonLd[];
  /** The version this one was translated from. */
  readonly translationOfWork?: TranslationJsonLd;
  /** The source page. */
  readonly url?: string;
}

function iom(contactPoint?: readonly ContactPointJsonLd[]): OrganizationJsonLd {
  return {
    '@type': 'Organization',
    name: 'International Organization for Migration',
    alternateName: ['IOM', 'OIM'],
    url: 'https://www.iom.int',
    ...(contactPoint === undefined || contactPoint.length === 0 ? {} : { contactPoint }),
  };
}

/** The absolute IRI of a release id: the id itself when it is a URI, else a `urn:iom:press:` URN. */
export function releaseIri(id: string): string {
  return /^[a-z][a-z0-9+.-]*:/.test(id) ? id : `urn:iom:press:${id}`;
}

function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** `T` with `undefined` allowed on every property, for {@link compact}. */
type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Removes keys whose value is `undefined`, so the JSON carries no empty properties. */
function compact<T extends object>(value: Loose<T>): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The release as schema.org `NewsArticle` JSON-LD (schema.org has no press-release type; the kind
 * goes into `genre`). The output type-checks as schema-dts's `WithContext<NewsArticle>` (tested).
 *
 * Mapping: `headline`, `alternativeHeadline`, `description`, `articleBody` (paragraphs separated by
 * blank lines), `inLanguage`, `datePublished`, `dateModified`, `dateline` (rendered) and
 * `locationCreated`, `contentLocation` (countries), `genre`, `keywords` (topic labels), `mentions`
 * (partners and quoted people), `funder` (partners with the role funder), `publisher` (IOM, with the
 * media contacts as `contactPoint`), `workTranslation` / `translationOfWork`, `url` (the source page).
 * The embargo has no schema.org property and is left out: publish JSON-LD only once it has lifted.
 */
export function toJsonLd(release: PressRelease): NewsArticleJsonLd {
  const locale = release.language;
  const partners: OrganizationJsonLd[] = [];
  const funders: OrganizationJsonLd[] = [];
  for (const reference of release.partners ?? []) {
    const partner = getPartner(reference.id);
    if (partner === undefined) continue;
    const organization = compact<OrganizationJsonLd>({
      '@type': 'Organization',
      name: partner.name[locale],
      alternateName: partner.acronym[locale],
      identifier: partner.id,
      url: partner.url,
    });
    if (!partners.some((known) => known.identifier === partner.id)) partners.push(organization);
    if (reference.role === 'funder') funders.push(organization);
  }
  const people = (release.quotes ?? []).map((quote) =>
    compact<PersonJsonLd>({
      '@type': 'Person',
      name: quote.speaker.name,
      jobTitle: quote.speaker.role,
      affiliation:
        quote.speaker.organization === undefined
          ? undefined
          : { '@type': 'Organization', name: quote.speaker.organization },
    }),
  );
  const contacts = (release.mediaContacts ?? []).map((contact) => {
    const phone = contact.phones?.[0];
    return compact<ContactPointJsonLd>({
      '@type': 'ContactPoint',
      contactType: 'media',
      name: contact.name?.full ?? contact.office,
      description:
        contact.title === undefined
          ? undefined
          : localize(contact.title as Partial<Record<typeof locale, string>>, locale),
      areaServed: contact.name === undefined ? undefined : contact.office,
      telephone:
        phone === undefined
          ? undefined
          : phone.extension === undefined
            ? phone.e164
            : `${phone.e164};ext=${phone.extension}`,
      email: contact.emails?.[0],
      availableLanguage: contact.languages === undefined ? undefined : nonEmpty(contact.languages),
    });
  });
  const links = release.translations ?? [];
  const translation = (link: (typeof links)[number]): TranslationJsonLd => ({
    '@type': 'NewsArticle',
    '@id': releaseIri(link.id),
    inLanguage: link.language,
  });
  const original = links.find((link) => link.original === true);
  const dateline = release.dateline;
  return compact<NewsArticleJsonLd>({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': releaseIri(release.id),
    identifier: release.id,
    headline: release.title,
    alternativeHeadline: release.subtitle,
    description: release.summary,
    articleBody: release.body.join('\n\n'),
    wordCount: release.body.join(' ').split(/\s+/u).filter(Boolean).length,
    inLanguage: locale,
    genre: ReleaseKindLabels.labels[locale][release.kind],
    datePublished: release.publishedAt,
    dateModified: release.updatedAt,
    dateline: dateline === undefined ? undefined : formatDateline(dateline, locale),
    locationCreated:
      dateline === undefined
        ? undefined
        : compact<PlaceJsonLd>({
            '@type': 'Place',
            name: formatDateline(dateline, locale, { date: false }),
            address:
              dateline.country === undefined
                ? undefined
                : { '@type': 'PostalAddress', addressCountry: dateline.country },
          }),
    contentLocation: nonEmpty(
      (release.countries ?? []).map((code) => ({
        '@type': 'Country' as const,
        name: countryName(code, locale) ?? code,
        identifier: code,
      })),
    ),
    keywords: nonEmpty((release.topics ?? []).map((topic) => TopicLabels.labels[locale][topic])),
    mentions: nonEmpty([...partners, ...people]),
    funder: nonEmpty(funders),
    publisher: iom(contacts),
    sourceOrganization: iom(),
    workTranslation: nonEmpty(links.filter((link) => link.original !== true).map(translation)),
    translationOfWork: original === undefined ? undefined : translation(original),
    url: release.source?.url,
  });
}
