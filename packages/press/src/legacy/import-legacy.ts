import { type ContactPoint, MediaContact, parseContactBlock } from '@iom/contact';
import { type CountryCode, countryName, type Issue, type Locale, type Reading } from '@iom/core';
import type { PressIssueCode } from '../codes.js';
import { countryByName } from '../countries.js';
import { pressIssues } from '../messages/index.js';
import type { Dateline, ReleasePartner } from '../model.js';
import type { PressReleaseDraft } from '../release.js';
import { CONTACT_START, findNavigationEnd, joinLines } from './lines.js';
import { findMentions } from './mentions.js';
import { findQuotes, toQuotes } from './quotes.js';
import { repairFrench } from './repair-french.js';

/** A mission record as `@iom/missions` gives it: its id and its country. */
export interface MissionRecord {
  /** The mission's id (`MISSION_EC`). */
  readonly id: string;
  /** Its country (ISO 3166-1 alpha-2). */
  readonly country: string;
}

/** Options of {@link importLegacyText}. */
export interface ImportLegacyTextOptions {
  /** The language the text is written in; French repairs run only on French. */
  readonly lang: Locale;
  /** The locale of the issues' messages; `lang` by default. */
  readonly locale?: Locale;
  /** The country of phone numbers written without a country code; by default the contact office's country. */
  readonly defaultCountry?: string;
  /**
   * The missions to pick ids from (the records of `@iom/missions`); without it a mission guessed for
   * country XX gets the id `MISSION_XX`, `@iom/missions`' convention.
   */
  readonly missions?: readonly MissionRecord[];
}

const MARKUP =
  /"?mailto:[^"<>\s]*"?\s*>|<\/?[a-z][^<>]{0,200}>|\b(?:alt|border|height|hspace|src|href)=("[^"\n]{0,200}"|\S{0,200})/giu;
const DATELINE = /^([\p{Lu}][\p{L}.'’ -]{1,40}?)[\s\u00a0]+[–—-][\s\u00a0]+(?=\S)/u;

/**
 * Reads a scraped plain-text press release (as copied from an old iom.int page) into a release draft,
 * with an issue for everything it dropped, guessed or repaired. Never throws; linear in the text.
 *
 * Steps, each reported: drops the site navigation (`legacy_navigation_dropped`); takes the first line
 * after it as the title (`legacy_title_guessed`); joins hard-wrapped lines into paragraphs
 * (`legacy_lines_joined`); drops HTML remnants (`legacy_markup_dropped`); in French, repairs words that
 * lost their "œ" and lost elision apostrophes (`legacy_oe_repaired`, `legacy_apostrophe_repaired`,
 * one issue per repair); reads a "City – " dateline (`legacy_dateline_found`); finds quotes and their
 * speakers (`legacy_quote_found`, `legacy_quote_speaker_missing`), the countries and partners named
 * (`legacy_country_found`, `legacy_partner_found`, `legacy_partner_role_guessed`), the missions
 * (`legacy_mission_guessed`), and the media contacts through `@iom/contact`'s `parseContactBlock`
 * (`legacy_contact_block_found` plus its own issues under `mediaContacts`). What the text does not say
 * is left to the caller: `legacy_date_missing`, `legacy_fields_left_to_caller` (id, kind, scope…).
 */
export function importLegacyText(text: string, options: ImportLegacyTextOptions): Reading<PressReleaseDraft> {
  const lang = options.lang;
  const locale = options.locale ?? lang;
  const issues: Issue[] = [];
  const note = (code: PressIssueCode, path: (string | number)[], args?: Record<string, string | number>): void => {
    issues.push(pressIssues.issue(code, locale, { path, ...(args === undefined ? {} : { args }) }));
  };
  if (typeof text !== 'string') {
    note('legacy_input_not_text', []);
    return { value: { language: lang }, issues };
  }
  const draft: { -readonly [K in keyof PressReleaseDraft]: PressReleaseDraft[K] } = { language: lang };
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');

  const navigation = findNavigationEnd(lines);
  if (navigation.dropped > 0) note('legacy_navigation_dropped', [], { lines: navigation.dropped });

  let first = navigation.start;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first += 1;
  if (first >= lines.length) {
    note('legacy_text_empty', []);
    return { value: draft, issues };
  }
  const fix = (value: string, path: (string | number)[]): string => {
    if (lang !== 'fr') return value;
    const repaired = repairFrench(value);
    for (const repair of repaired.repairs) {
      note(repair.kind === 'oe' ? 'legacy_oe_repaired' : 'legacy_apostrophe_repaired', path, {
        from: repair.from.trim(),
        to: repair.to.trim(),
      });
    }
    return repaired.text;
  };
  const title = (lines[first] ?? '').replace(/\s+/gu, ' ').trim();
  draft.title = fix(title, ['title']);
  note('legacy_title_guessed', ['title']);

  let contactLine = -1;
  for (let index = first + 1; index < lines.length; index += 1) {
    if (CONTACT_START.test((lines[index] ?? '').trim())) {
      contactLine = index;
      break;
    }
  }
  const bodyLines = lines.slice(first + 1, contactLine < 0 ? lines.length : contactLine);
  let markupDropped = false;
  const cleanLines = bodyLines.map((line) =>
    line.replace(MARKUP, () => {
      markupDropped = true;
      return ' ';
    }),
  );
  if (markupDropped) note('legacy_markup_dropped', ['body']);
  const { paragraphs, joined } = joinLines(cleanLines);
  if (joined > 0) note('legacy_lines_joined', ['body'], { lines: joined, paragraphs: paragraphs.length });
  const body = paragraphs.map((paragraph, index) => fix(paragraph, ['body', index]));

  // "Genève – L'OIM…": a dateline at the start of the first paragraph.
  const dateline = body[0] === undefined ? null : DATELINE.exec(body[0]);
  if (dateline?.[1] !== undefined && body[0] !== undefined) {
    const place = dateline[1].trim();
    const country = countryByName(place);
    draft.dateline = (country === undefined ? { place } : { country }) as Dateline;
    body[0] = body[0].slice(dateline[0].length);
    note('legacy_dateline_found', ['dateline'], { place });
  }
  if (body.length > 0) draft.body = body;

  // Quotes.
  const found = findQuotes(body, lang);
  for (const quote of found) {
    if (quote.speaker === undefined) note('legacy_quote_speaker_missing', ['body', quote.paragraph]);
    else note('legacy_quote_found', ['quotes'], { speaker: quote.speaker.name });
  }
  const quotes = toQuotes(found);
  if (quotes.length > 0) draft.quotes = quotes;

  // Countries, partners and missions named.
  const mentions = findMentions([draft.title, ...body].join('\n'));
  const countries: CountryCode[] = [];
  const missions: string[] = [];
  for (const mention of mentions.countries) {
    countries.push(mention.country);
    note('legacy_country_found', ['countries', countries.length - 1], { country: mention.country });
    if (mention.mission !== undefined) {
      const id = missionId(mention.country, options.missions);
      if (id !== undefined && !missions.includes(id)) {
        missions.push(id);
        note('legacy_mission_guessed', ['missions', missions.length - 1], {
          mission: id,
          text: mention.mission.length > 60 ? `…${mention.mission.slice(-60)}` : mention.mission,
        });
      }
    }
  }
  if (countries.length > 0) draft.countries = countries;
  const partners: ReleasePartner[] = mentions.partners.map((mention, index) => {
    note('legacy_partner_found', ['partners', index], { partner: mention.partner.id });
    note('legacy_partner_role_guessed', ['partners', index, 'role'], {
      partner: mention.partner.id,
      role: mention.role,
    });
    return { id: mention.partner.id, role: mention.role };
  });
  if (partners.length > 0) draft.partners = partners;

  // Media contacts.
  if (contactLine < 0) note('legacy_contact_block_missing', ['mediaContacts']);
  else {
    const block = lines.slice(contactLine).join('\n');
    const office = countryByNameIn(block);
    const defaultCountry = options.defaultCountry ?? office ?? draft.dateline?.country;
    const contacts = parseContactBlock(block, {
      locale,
      ...(defaultCountry === undefined ? {} : { defaultCountry }),
    });
    const media = contacts.value.filter((contact) => MediaContact.validate(contact)) as MediaContact[];
    note('legacy_contact_block_found', ['mediaContacts'], { count: media.length });
    for (const issue of contacts.issues) issues.push({ ...issue, path: ['mediaContacts', ...issue.path] });
    if (media.length > 0) draft.mediaContacts = media;
    const officeMission = office === undefined ? undefined : missionId(office, options.missions);
    if (officeMission !== undefined && !missions.includes(officeMission)) {
      missions.push(officeMission);
      draft.missions = missions;
      note('legacy_mission_guessed', ['missions', missions.length - 1], {
        mission: officeMission,
        text: contacts.value.find((contact: ContactPoint) => contact.office !== undefined)?.office ?? office ?? '',
      });
    }
  }
  if (missions.length > 0) draft.missions = missions;

  draft.source = { format: 'legacy_text' };
  note('legacy_date_missing', ['publishedAt']);
  note('legacy_fields_left_to_caller', [], { fields: 'id, kind, scope, publishedAt, topics' });
  return { value: draft, issues };
}

/** The country named on a line of the contact block that also names IOM ("OIM Equateur", "IOM Guyana"). */
function countryByNameIn(block: string): CountryCode | undefined {
  for (const line of block.split('\n').slice(0, 40)) {
    const office = /(?<![\p{L}])(?:OIM|IOM)[\s\u00a0]+(?:en[\s\u00a0]+|in[\s\u00a0]+)?([\p{L}' -]{2,40})/u.exec(line);
    const country = office?.[1] === undefined ? undefined : countryByName(office[1].trim());
    if (country !== undefined) return country;
  }
  return undefined;
}

function missionId(country: string, missions: readonly MissionRecord[] | undefined): string | undefined {
  if (missions === undefined) return countryName(country, 'en') === undefined ? undefined : `MISSION_${country}`;
  return missions.find((mission) => mission.country === country)?.id;
}
