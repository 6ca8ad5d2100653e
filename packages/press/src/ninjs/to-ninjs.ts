import { countryName } from '@iom/core';
import { formatDateline } from '../format/dateline.js';
import { releaseIri } from '../json-ld.js';
import { ReleaseKindLabels, ReleaseScopeLabels, TopicLabels } from '../labels.js';
import { getPartner } from '../partners.js';
import type { PressRelease } from '../release.js';
import { NINJS_SCHEMA_URIS, type NinjsDocument, type NinjsVersion } from './types.js';

/** Options of {@link toNinjs}. */
export interface ToNinjsOptions {
  /** The ninjs version to write. */
  readonly version: NinjsVersion;
}

type Json = { [key: string]: unknown };

const LANGUAGE_NAMES = new Map<string, Intl.DisplayNames>();

function languageName(code: string, inLocale: string): string {
  let names = LANGUAGE_NAMES.get(inLocale);
  if (names === undefined) {
    names = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' });
    LANGUAGE_NAMES.set(inLocale, names);
  }
  return names.of(code) ?? code;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Strips `undefined` values and empty arrays. */
function clean(value: Json): Json {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/** ninjs 3.x property names → 2.x names, where they are not just the lowercase form. */
const RENAMED_IN_2: { readonly [name: string]: string } = { embargoedUntil: 'embargoed' };

/** Rewrites a ninjs 3.x object with 2.x property names (lowercase; `embargoedUntil` → `embargoed`). */
function toVersion2(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toVersion2);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [RENAMED_IN_2[key] ?? key.toLowerCase(), toVersion2(inner)]),
  );
}

/**
 * The release as an IPTC ninjs document, version 2.2 or 3.1; the output validates against the
 * official IPTC JSON Schema of that version (tested with ajv).
 *
 * Mapping (3.1 names; 2.2 writes them in lowercase and the embargo as `embargoed`):
 * `uri` (the id, as a `urn:iom:press:` URN when it is not a URI), `language`, `headlines` (`main`,
 * `sub`), `descriptions` (`summary`), `bodies` (`text/plain` paragraphs separated by blank lines, and
 * `text/html`), `firstCreated`, `versionCreated`, `embargoedUntil`, `located` (the dateline's place),
 * `genres` (kind; scope as `scope:global`), `subjects` (topics, literal = topic code), `places`
 * (countries, IPTC's `iso3166-1a2` URIs), `organisations` (partners, `rel` = role, literal = registry
 * id; missions, `rel` = `iomMission`), `people` (quoted speakers `rel: quoted`; media contacts
 * `rel: contact` with `contactInfo`), `associations` (translations, `rel: translation` in 3.1),
 * `altIds` (the source URL), `infoSources` (IOM). Not carried: quote texts and speakers' roles,
 * the dateline's date, the source format: `fromNinjs` reports them. The same mapping field by field,
 * as data: {@link NINJS_FIELDS}.
 */
export function toNinjs(release: PressRelease, options: ToNinjsOptions): NinjsDocument {
  const version = options.version;
  const locale = release.language;
  const text = release.body.join('\n\n');
  const words = text.split(/\s+/u).filter(Boolean).length;
  const document: Json = clean({
    uri: releaseIri(release.id),
    standard: { name: 'ninjs', version, schema: NINJS_SCHEMA_URIS[version] },
    profile: 'iom.press-release@2',
    type: 'text',
    representationType: 'full',
    language: release.language,
    firstCreated: release.publishedAt,
    versionCreated: release.updatedAt ?? release.publishedAt,
    embargoedUntil: release.embargoUntil,
    pubStatus: 'usable',
    copyrightHolder: 'International Organization for Migration (IOM)',
    headlines: [
      { role: 'main', contentType: 'text/plain', value: release.title },
      ...(release.subtitle === undefined ? [] : [{ role: 'sub', contentType: 'text/plain', value: release.subtitle }]),
    ],
    descriptions:
      release.summary === undefined ? [] : [{ role: 'summary', contentType: 'text/plain', value: release.summary }],
    bodies: [
      { role: 'main', contentType: 'text/plain', charCount: text.length, wordCount: words, value: text },
      {
        role: 'main',
        contentType: 'text/html',
        value: release.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join(''),
      },
    ],
    located: release.dateline === undefined ? undefined : formatDateline(release.dateline, locale, { date: false }),
    genres: [
      { name: ReleaseKindLabels.labels[locale][release.kind], literal: release.kind },
      { name: ReleaseScopeLabels.labels[locale][release.scope], literal: `scope:${release.scope}` },
    ],
    subjects: (release.topics ?? []).map((topic) => ({
      name: TopicLabels.labels[locale][topic],
      rel: 'about',
      literal: topic,
      uri: `urn:iom:topic:${topic}`,
    })),
    places: (release.countries ?? []).map((code) => ({
      name: countryName(code, locale) ?? code,
      rel: 'about',
      literal: code,
      uri: `http://cvx.iptc.org/iso3166-1a2/${code.toLowerCase()}`,
    })),
    organisations: [
      ...(release.partners ?? []).flatMap((reference) => {
        const partner = getPartner(reference.id);
        return partner === undefined
          ? []
          : [
              {
                name: `${partner.name[locale]} (${partner.acronym[locale]})`,
                rel: reference.role,
                literal: partner.id,
              },
            ];
      }),
      ...(release.missions ?? []).map((mission) => ({ name: mission, rel: 'iomMission', literal: mission })),
    ],
    people: [
      ...(release.quotes ?? []).map((quote) => ({ name: quote.speaker.name, rel: 'quoted' })),
      ...(release.mediaContacts ?? []).map((contact) =>
        clean({
          name: contact.name?.full ?? contact.office ?? contact.organization,
          rel: 'contact',
          contactInfo: [
            ...(contact.phones ?? []).map((phone) =>
              clean({
                type: phone.type === 'mobile' ? 'mobile' : phone.type === 'fax' ? 'fax' : 'phone',
                role: 'office',
                value: phone.extension === undefined ? phone.e164 : `${phone.e164};ext=${phone.extension}`,
              }),
            ),
            ...(contact.emails ?? []).map((email) => ({ type: 'email', role: 'office', value: email })),
          ],
        }),
      ),
    ],
    associations: (release.translations ?? []).map((link) =>
      clean({
        name: languageName(link.language, locale),
        rel: version === '3.1' ? 'translation' : undefined,
        uri: releaseIri(link.id),
        type: 'text',
        language: link.language,
      }),
    ),
    altIds: release.source?.url === undefined ? [] : [{ role: 'sourceUrl', value: release.source.url }],
    infoSources: [{ name: 'International Organization for Migration', role: 'originator', uri: 'https://www.iom.int' }],
  });
  return (version === '2.2' ? toVersion2(document) : document) as NinjsDocument;
}
