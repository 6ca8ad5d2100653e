import type { MediaContact } from '@iom/contact';
import { Email, parsePhoneNumbers } from '@iom/contact';
import {
  type CountryCode,
  datePart,
  foldText,
  IsoDateTime,
  type Issue,
  isCountryCode,
  isHttpUrl,
  type Locale,
  type Reading,
  toLocale,
} from '@iom/core';
import { RELEASE_KINDS, RELEASE_SCOPES, type ReleaseKindCode, type ReleaseScopeCode, TOPICS } from '../codes.js';
import { countryByName } from '../countries.js';
import { ReleaseKindLabels, ReleaseScopeLabels, TopicLabels } from '../labels.js';
import { pressIssues } from '../messages/index.js';
import { findPartnerByAcronym, getPartner, PARTNERS, type PartnerOrganization } from '../partners.js';
import type { Dateline, PartnerRole, PressReleaseDraft, ReleasePartner, Topic, TranslationLink } from '../release.js';
import { htmlParagraphs } from './html.js';
import type { NinjsVersion } from './types.js';

/** Options of {@link fromNinjs}. */
export interface FromNinjsOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

type Json = { readonly [key: string]: unknown };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property in its 3.x spelling or its 2.x spelling (lowercase, or an explicit old name). */
function get(object: Json, name: string, old?: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = old ?? name.toLowerCase();
  return Object.hasOwn(object, lower) ? object[lower] : undefined;
}

function str(object: Json, name: string, old?: string): string | undefined {
  const value = get(object, name, old);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function list(object: Json, name: string, old?: string): Json[] {
  const value = get(object, name, old);
  return Array.isArray(value) ? value.filter(isObject) : [];
}

const CAMEL_3 = [
  'versionCreated',
  'firstCreated',
  'pubStatus',
  'embargoedUntil',
  'altIds',
  'infoSources',
  'copyrightHolder',
  'representationType',
];
const LOWER_2 = [
  'versioncreated',
  'firstcreated',
  'pubstatus',
  'embargoed',
  'altids',
  'infosources',
  'copyrightholder',
  'representationtype',
];

function detectVersion(document: Json): NinjsVersion | undefined {
  const standard = document.standard;
  if (isObject(standard) && typeof standard.version === 'string') {
    if (standard.version.startsWith('3')) return '3.1';
    if (standard.version.startsWith('2') || standard.version.startsWith('1')) return '2.2';
  }
  if (CAMEL_3.some((key) => Object.hasOwn(document, key))) return '3.1';
  if (LOWER_2.some((key) => Object.hasOwn(document, key))) return '2.2';
  return undefined;
}

function plainParagraphs(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n/u);
  const parts = blocks.length > 1 ? blocks : text.split(/\n/u);
  return parts.map((part) => part.replace(/\s+/gu, ' ').trim()).filter((part) => part !== '');
}

function readText(item: Json): { text: string; markup: boolean } | undefined {
  const value = item.value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const type = str(item, 'contentType') ?? 'text/plain';
  if (/html|xml/iu.test(type)) return { text: htmlParagraphs(value).join(' '), markup: true };
  return { text: value.replace(/\s+/gu, ' ').trim(), markup: false };
}

function byLabel<Code extends string>(
  catalog: { labels: { readonly [L in Locale]: { readonly [K in Code]: string } } },
  codes: readonly Code[],
  written: string,
): Code | undefined {
  const folded = foldText(written.trim());
  if ((codes as readonly string[]).includes(written)) return written as Code;
  for (const code of codes) {
    for (const locale of ['en', 'fr', 'es'] as const) {
      if (foldText(catalog.labels[locale][code]) === folded) return code;
    }
  }
  return undefined;
}

function partnerFromOrganisation(org: Json): PartnerOrganization | undefined {
  const literal = str(org, 'literal');
  if (literal !== undefined) {
    const found = getPartner(literal) ?? findPartnerByAcronym(literal);
    if (found !== undefined) return found;
  }
  const name = str(org, 'name');
  if (name === undefined) return undefined;
  const acronym = /\(([A-Z]{2,8})\)\s*$/u.exec(name)?.[1] ?? (/^[A-Z]{2,8}$/u.test(name) ? name : undefined);
  if (acronym !== undefined) {
    const found = findPartnerByAcronym(acronym);
    if (found !== undefined) return found;
  }
  const folded = foldText(name.replace(/\s*\([^)]*\)\s*$/u, ''));
  return (PARTNERS as readonly PartnerOrganization[]).find((partner) =>
    Object.values(partner.name).some((candidate) => foldText(candidate) === folded),
  );
}

const IOM_NAMES =
  /^(?:IOM|OIM|International Organization for Migration|Organisation internationale pour les migrations|Organización Internacional para las Migraciones)\b/iu;

function roleOf(rel: string | undefined): PartnerRole | undefined {
  if (rel === undefined) return undefined;
  const folded = foldText(rel);
  if (/^(?:organi[sz]er|organizador|organisateur|host|co-?organi[sz]er)$/u.test(folded)) return 'organiser';
  if (/^(?:funder|donor|sponsor|financiador|bailleur|donateur)$/u.test(folded)) return 'funder';
  if (/^(?:participant|participante|partner|mentions?|about)$/u.test(folded)) return 'participant';
  return undefined;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}

/**
 * Reads an IPTC ninjs document (2.x or 3.x, our own output or anyone's) into a press-release draft,
 * with an issue for everything it guessed or could not carry. Never throws.
 *
 * What it reads: `uri` → id; `language` (any BCP 47 tag of English, French or Spanish);
 * `headlines` (`main` or the first → title, `sub` → subtitle; ninjs 1.x `headline` too);
 * `descriptions` (summary); `bodies` (plain text preferred; HTML stripped, `ninjs_body_markup`);
 * `firstCreated`, `versionCreated`, `embargoedUntil`/`embargoed`; `located` → dateline;
 * `genres` → kind and scope; `subjects` → topics; `places` → countries; `organisations` → partners
 * and missions; `people` with contact details → media contacts; `associations` in another language →
 * translations; `altIds` `sourceUrl` → source.
 *
 * Issues for what ninjs does not carry: `ninjs_kind_missing`, `ninjs_scope_missing`,
 * `ninjs_quotes_not_carried`, `ninjs_partner_role_missing`, `ninjs_dateline_date_guessed`; for what
 * could not be matched: `ninjs_partner_unknown`, `ninjs_subject_unmatched`, `ninjs_place_unmatched`,
 * `ninjs_contact_unreadable`; and `ninjs_field_ignored` for content a press release has no place for.
 */
export function fromNinjs(document: unknown, options: FromNinjsOptions = {}): Reading<PressReleaseDraft> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const note = (
    code: Parameters<typeof pressIssues.issue>[0],
    path: (string | number)[],
    args?: Record<string, string | number>,
  ) => issues.push(pressIssues.issue(code, locale, { path, ...(args === undefined ? {} : { args }) }));
  if (!isObject(document)) {
    note('ninjs_not_object', []);
    return { value: {}, issues };
  }
  const draft: { -readonly [K in keyof PressReleaseDraft]: PressReleaseDraft[K] } = {};
  const version = detectVersion(document);
  if (version === undefined) note('ninjs_version_unknown', [], { version: '3.1 / 2.2' });

  const uri = str(document, 'uri');
  if (uri !== undefined && /^\S+$/u.test(uri)) draft.id = uri;
  else note('ninjs_field_invalid', ['uri'], { field: 'uri' });

  const language = str(document, 'language');
  const releaseLocale = language === undefined ? undefined : toLocale(language);
  if (releaseLocale !== undefined) draft.language = releaseLocale;
  else if (language !== undefined) note('ninjs_language_unsupported', ['language'], { language: shorten(language) });

  // Headlines.
  const headlines = list(document, 'headlines');
  const main = headlines.find((h) => h.role === 'main') ?? headlines.find((h) => h.role !== 'sub');
  const title = main === undefined ? undefined : readText(main);
  const legacyHeadline = typeof document.headline === 'string' ? document.headline.trim() : '';
  if (title !== undefined && title.text !== '') draft.title = title.text;
  else if (legacyHeadline !== '') draft.title = legacyHeadline;
  else note('ninjs_title_missing', ['headlines']);
  const sub = headlines.find(
    (h) => h !== main && (h.role === 'sub' || h.role === 'subtitle' || h.role === 'subheadline'),
  );
  const subtitle = sub === undefined ? undefined : readText(sub);
  if (subtitle !== undefined && subtitle.text !== '') draft.subtitle = subtitle.text;

  const descriptions = list(document, 'descriptions');
  const summaryItem = descriptions.find((d) => d.role === 'summary') ?? descriptions[0];
  const summary = summaryItem === undefined ? undefined : readText(summaryItem);
  if (summary !== undefined && summary.text !== '') draft.summary = summary.text;

  // Body: plain text first, else HTML.
  const bodies = list(document, 'bodies').filter((b) => typeof b.value === 'string' && b.value.trim() !== '');
  const isHtml = (b: Json) => /html|xml/iu.test(str(b, 'contentType') ?? '');
  const plain = bodies.find((b) => !isHtml(b));
  const html = bodies.find(isHtml);
  let body: string[] = [];
  if (plain !== undefined) body = plainParagraphs(plain.value as string);
  else if (html !== undefined) {
    body = htmlParagraphs(html.value as string);
    note('ninjs_body_markup', ['bodies', bodies.indexOf(html)]);
  } else if (typeof document.body_text === 'string' && document.body_text.trim() !== '') {
    body = plainParagraphs(document.body_text);
  } else if (typeof document.body_html === 'string' && document.body_html.trim() !== '') {
    body = htmlParagraphs(document.body_html);
    note('ninjs_body_markup', ['body_html']);
  }
  if (body.length > 0) draft.body = body;
  else note('ninjs_body_missing', ['bodies']);

  // Dates.
  const date = (name: string, old?: string): string | undefined => {
    const value = get(document, name, old);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && IsoDateTime.validate(value)) return value;
    note('ninjs_field_invalid', [Object.hasOwn(document, name) ? name : (old ?? name.toLowerCase())], { field: name });
    return undefined;
  };
  const first = date('firstCreated');
  const versionCreated = date('versionCreated');
  const embargo = date('embargoedUntil', 'embargoed');
  const published = first ?? versionCreated;
  if (published !== undefined) draft.publishedAt = published;
  if (first !== undefined && versionCreated !== undefined && versionCreated !== first) draft.updatedAt = versionCreated;
  if (embargo !== undefined) draft.embargoUntil = embargo;

  // Dateline.
  const located = str(document, 'located');
  if (located !== undefined) {
    const dateline = readLocated(located);
    if (published !== undefined) {
      dateline.date = datePart(published);
      note('ninjs_dateline_date_guessed', ['located']);
    }
    draft.dateline = dateline as Dateline;
  }

  // Genres: kind and scope.
  for (const genre of list(document, 'genres')) {
    const literal = str(genre, 'literal');
    const name = str(genre, 'name');
    const scopeLiteral = literal?.startsWith('scope:') ? literal.slice(6) : undefined;
    if (scopeLiteral !== undefined && (RELEASE_SCOPES as readonly string[]).includes(scopeLiteral)) {
      draft.scope = scopeLiteral as ReleaseScopeCode;
      continue;
    }
    const kind =
      (literal === undefined ? undefined : byLabel(ReleaseKindLabels, RELEASE_KINDS, literal)) ??
      (name === undefined ? undefined : byLabel(ReleaseKindLabels, RELEASE_KINDS, name));
    if (kind !== undefined && draft.kind === undefined) {
      draft.kind = kind as ReleaseKindCode;
      continue;
    }
    const scope = name === undefined ? undefined : byLabel(ReleaseScopeLabels, RELEASE_SCOPES, name);
    if (scope !== undefined && draft.scope === undefined) draft.scope = scope;
  }
  if (draft.kind === undefined) note('ninjs_kind_missing', ['genres']);
  if (draft.scope === undefined) note('ninjs_scope_missing', ['genres']);

  // Subjects → topics.
  const topics: Topic[] = [];
  list(document, 'subjects').forEach((subject, index) => {
    const literal = str(subject, 'literal');
    const uriTail = str(subject, 'uri')?.replace(/^urn:iom:topic:/u, '');
    const name = str(subject, 'name');
    const topic =
      [literal, uriTail, name]
        .map((candidate) => (candidate === undefined ? undefined : byLabel(TopicLabels, TOPICS, candidate)))
        .find((found) => found !== undefined) ?? undefined;
    if (topic !== undefined) {
      if (!topics.includes(topic)) topics.push(topic);
    } else note('ninjs_subject_unmatched', ['subjects', index], { name: shorten(name ?? literal ?? '?') });
  });
  if (topics.length > 0) draft.topics = topics;

  // Places → countries.
  const countries: CountryCode[] = [];
  list(document, 'places').forEach((place, index) => {
    const uriCode = /iso3166-1a2\/([a-z]{2})$/iu.exec(str(place, 'uri') ?? '')?.[1]?.toUpperCase();
    const literal = str(place, 'literal');
    const name = str(place, 'name');
    const code =
      [uriCode, literal?.toUpperCase() === literal ? literal : undefined].find(
        (candidate) => candidate !== undefined && isCountryCode(candidate),
      ) ?? (name === undefined ? undefined : countryByName(name));
    if (code !== undefined) {
      if (!countries.includes(code)) countries.push(code);
    } else note('ninjs_place_unmatched', ['places', index], { name: shorten(name ?? literal ?? '?') });
  });
  if (countries.length > 0) draft.countries = countries;

  // Organisations → partners and missions.
  const partners: ReleasePartner[] = [];
  const missions: string[] = [];
  list(document, 'organisations').forEach((org, index) => {
    const rel = str(org, 'rel');
    const name = str(org, 'name') ?? str(org, 'literal') ?? '?';
    if (rel === 'iomMission') {
      const id = str(org, 'literal') ?? str(org, 'name');
      if (id !== undefined && !missions.includes(id)) missions.push(id);
      return;
    }
    if (IOM_NAMES.test(name)) return;
    const partner = partnerFromOrganisation(org);
    if (partner === undefined) {
      note('ninjs_partner_unknown', ['organisations', index], { name: shorten(name) });
      return;
    }
    let role = roleOf(rel);
    if (role === undefined) {
      role = 'participant';
      note('ninjs_partner_role_missing', ['organisations', index], { partner: partner.id });
    }
    if (!partners.some((known) => known.id === partner.id && known.role === role))
      partners.push({ id: partner.id, role });
  });
  if (partners.length > 0) draft.partners = partners;
  if (missions.length > 0) draft.missions = missions;

  // People: quoted speakers and media contacts.
  const contacts: MediaContact[] = [];
  let quoted = 0;
  list(document, 'people').forEach((person, index) => {
    const name = str(person, 'name');
    const rel = str(person, 'rel');
    const info = list(person, 'contactInfo');
    if (rel === 'quoted') quoted += 1;
    if (info.length === 0) return;
    const phones: NonNullable<MediaContact['phones']> = [];
    const emails: string[] = [];
    info.forEach((item, position) => {
      const value = str(item, 'value');
      const type = foldText(str(item, 'type') ?? '');
      if (value === undefined) return;
      if (type === 'email' || type === 'e-mail' || value.includes('@')) {
        const address = value.replace(/^mailto:/iu, '');
        if (Email.validate(address)) emails.push(address);
        else
          note('ninjs_contact_unreadable', ['people', index, 'contactInfo', position], { name: shorten(name ?? '?') });
        return;
      }
      const [number, extension] = value.split(/;ext=/u);
      const reading = parsePhoneNumbers(number ?? '', { locale })[0];
      if (reading?.e164 !== undefined) {
        phones.push({
          e164: reading.e164,
          ...(extension !== undefined && /^[0-9]{1,10}$/u.test(extension) ? { extension } : {}),
          ...(type === 'mobile' ? { type: 'mobile' as const } : type === 'fax' ? { type: 'fax' as const } : {}),
        });
      } else
        note('ninjs_contact_unreadable', ['people', index, 'contactInfo', position], { name: shorten(name ?? '?') });
    });
    if (phones.length + emails.length === 0) return;
    contacts.push({
      ...(name === undefined ? {} : { name: { full: name } }),
      role: 'media',
      ...(name === undefined ? { organization: 'International Organization for Migration' } : {}),
      ...(phones.length === 0 ? {} : { phones }),
      ...(emails.length === 0 ? {} : { emails }),
    });
  });
  if (contacts.length > 0) draft.mediaContacts = contacts;
  if (quoted > 0) note('ninjs_quotes_not_carried', ['people'], { count: quoted });

  // Associations → translations.
  const translations: TranslationLink[] = [];
  list(document, 'associations').forEach((association) => {
    const other = toLocale(str(association, 'language') ?? '');
    const target = str(association, 'uri');
    const type = str(association, 'type');
    if (other === undefined || target === undefined || (type !== undefined && type !== 'text')) return;
    if (other === draft.language || translations.some((link) => link.language === other)) return;
    translations.push({ language: other, id: target });
  });
  if (translations.length > 0) draft.translations = translations;

  // Source.
  const altIds = get(document, 'altIds');
  const sourceIndex = Array.isArray(altIds)
    ? altIds.findIndex((alt: unknown) => isObject(alt) && alt.role === 'sourceUrl')
    : -1;
  const sourceUrl = sourceIndex >= 0 ? (altIds as Json[])[sourceIndex]?.value : undefined;
  // The schema's own rule (HttpUrl): a `javascript:` or malformed source link is reported, not kept.
  const sourceUrlRead = isHttpUrl(sourceUrl);
  if (sourceIndex >= 0 && !sourceUrlRead) {
    const field = Object.hasOwn(document, 'altIds') ? 'altIds' : 'altids';
    note('ninjs_field_invalid', [field, sourceIndex, 'value'], { field });
  }
  draft.source = { format: 'ninjs', ...(sourceUrlRead ? { url: sourceUrl } : {}) };

  for (const field of ['renditions', 'events', 'objects', 'eventDetails', 'plannedCoverage', 'by', 'slugline']) {
    const value = get(document, field);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '') {
      note('ninjs_field_ignored', [Object.hasOwn(document, field) ? field : field.toLowerCase()], { field });
    }
  }
  return { value: draft, issues };
}

function readLocated(located: string): { place?: string; country?: CountryCode; date?: string } {
  const whole = countryByName(located);
  if (whole !== undefined) return { country: whole };
  const comma = located.lastIndexOf(',');
  if (comma > 0) {
    const country = countryByName(located.slice(comma + 1));
    if (country !== undefined) return { place: located.slice(0, comma).trim(), country };
  }
  return { place: located };
}
