import type { Issue, Locale, Reading } from '@iom/core';
import type { PressReleaseDraft } from '../release.js';
import { readBody } from './read/body.js';
import { readDateline } from './read/dateline.js';
import { readDates } from './read/dates.js';
import { readGenres } from './read/genres.js';
import { readHeadlines } from './read/headlines.js';
import { readIdentity } from './read/identity.js';
import { noteIgnoredFields } from './read/ignored.js';
import { type DraftFields, noteInto } from './read/notes.js';
import { readOrganisations } from './read/organisations.js';
import { readPeople } from './read/people.js';
import { readPlaces } from './read/places.js';
import { isNinjsObject } from './read/properties.js';
import { readSource } from './read/source.js';
import { readSubjects } from './read/subjects.js';
import { readTranslations } from './read/translations.js';
import { detectNinjsVersion } from './read/version.js';

/** Options of {@link fromNinjs}. */
export interface FromNinjsOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
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
  const note = noteInto(issues, locale);
  if (!isNinjsObject(document)) {
    note('ninjs_not_object', []);
    return { value: {}, issues };
  }
  if (detectNinjsVersion(document) === undefined) note('ninjs_version_unknown', [], { version: '3.1 / 2.2' });
  // Each part is read in the order of the draft's fields, so that issues come in that order too.
  const identity = readIdentity(document, note);
  const draft: DraftFields = { ...identity, ...readHeadlines(document, note), ...readBody(document, note) };
  const dates = readDates(document, note);
  Object.assign(draft, dates, readDateline(document, dates.publishedAt, note));
  Object.assign(draft, readGenres(document, note), readSubjects(document, note), readPlaces(document, note));
  Object.assign(draft, readOrganisations(document, note), readPeople(document, note, locale));
  Object.assign(draft, readTranslations(document, identity.language), readSource(document, note));
  noteIgnoredFields(document, note);
  return { value: draft, issues };
}
