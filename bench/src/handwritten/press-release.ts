import { LOCALES } from '@iom/core';
import { getPartner, PARTNER_ROLES, RELEASE_KINDS, RELEASE_SCOPES, SOURCE_FORMATS, TOPICS } from '@iom/press';
import { Checker, type O } from './records.js';
import { isObject, type Problem } from './util.js';

// The rules of iom.press-release@1 written by hand: the fields (the media contacts through the
// hand-written contact validator), then the cross-field rules of the release (embargo and update
// against publication, translations, partners against the registry). As in zod, the release's rules
// run only when no field has a fatal problem; the dateline's own rule, when the dateline has none.

const KIND = 'iom.press-release@1';
const set = (values: readonly string[]): ReadonlySet<string> => new Set(values);
const RELEASE: ReadonlySet<string> = set(RELEASE_KINDS);
const SCOPE: ReadonlySet<string> = set(RELEASE_SCOPES);
const LOCALE: ReadonlySet<string> = set(LOCALES);
const ROLE: ReadonlySet<string> = set(PARTNER_ROLES);
const TOPIC: ReadonlySet<string> = set(TOPICS);
const FORMAT: ReadonlySet<string> = set(SOURCE_FORMATS);
const ID = /^(?:[a-z][a-z0-9+.-]*:\S+|[A-Za-z0-9][A-Za-z0-9._~/-]*)$/;
const NO_SPACE = /^\S+$/;

function releaseId(c: Checker, o: O, key: string, path: (string | number)[]): void {
  const v = c.take(o, key, path, true);
  if (v === undefined) return;
  if (typeof v !== 'string') c.add([...path, key], 'invalid_type', true);
  else if (!ID.test(v)) c.add([...path, key], 'release_id_format');
}

// biome-ignore lint/suspicious/noExplicitAny: the rules run on a release whose fields are already checked.
type Any = Record<string, any>;

function rules(c: Checker, r: Any): void {
  const published = r.publishedAt === undefined ? undefined : Date.parse(r.publishedAt);
  if (published !== undefined && r.embargoUntil !== undefined && Date.parse(r.embargoUntil) > published)
    c.add(['embargoUntil'], 'embargo_after_publication');
  if (published !== undefined && r.updatedAt !== undefined && Date.parse(r.updatedAt) < published)
    c.add(['updatedAt'], 'updated_before_published');
  const seen = new Set<string>();
  r.translations?.forEach((link: Any, i: number) => {
    if (link.language === r.language) c.add(['translations', i, 'language'], 'translation_same_language');
    else if (seen.has(link.language)) c.add(['translations', i, 'language'], 'translation_duplicate_language');
    seen.add(link.language);
    if (link.id === r.id) c.add(['translations', i, 'id'], 'translation_self');
  });
  const keys = new Set<string>();
  r.partners?.forEach((partner: Any, i: number) => {
    if (getPartner(partner.id) === undefined) c.add(['partners', i, 'id'], 'partner_unknown');
    const key = `${partner.id}\u0000${partner.role}`;
    if (keys.has(key)) c.add(['partners', i], 'partner_duplicate');
    keys.add(key);
  });
}

/** Validates a press release by hand; every problem, empty when valid. */
export function checkPressRelease(input: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(input)) {
    c.add([], 'invalid_type', true);
    return c.problems;
  }
  if (input.$kind !== undefined && input.$kind !== KIND) c.add(['$kind'], 'invalid_value', true);
  releaseId(c, input, 'id', []);
  c.oneOf(input, 'kind', RELEASE, [], true);
  c.oneOf(input, 'scope', SCOPE, [], true);
  c.oneOf(input, 'language', LOCALE, [], true);
  c.objects(input, 'translations', [], (o, p) => {
    c.oneOf(o, 'language', LOCALE, p, true);
    releaseId(c, o, 'id', p);
    if (o.original !== undefined && o.original !== true) c.add([...p, 'original'], 'invalid_value', true);
  });
  c.text(input, 'title', [], true);
  c.text(input, 'subtitle', []);
  c.text(input, 'summary', []);
  c.object(input, 'dateline', [], false, (o, p) => {
    const before = c.fatal;
    c.text(o, 'place', p);
    c.country(o, 'country', p);
    c.date(o, 'date', p);
    if (c.fatal === before && o.place === undefined && o.country === undefined) c.add(p, 'dateline_empty');
  });
  c.dateTime(input, 'publishedAt', []);
  c.dateTime(input, 'updatedAt', []);
  c.dateTime(input, 'embargoUntil', []);
  c.array(input, 'body', [], true, (v, p) => c.textValue(v, p), 1);
  c.objects(input, 'quotes', [], (o, p) => {
    c.text(o, 'text', p, true);
    c.object(o, 'speaker', p, true, (s, sp) => {
      c.text(s, 'name', sp, true);
      c.text(s, 'role', sp);
      c.text(s, 'organization', sp);
    });
    c.int(o, 'paragraph', p, 0, Number.MAX_SAFE_INTEGER);
  });
  c.array(input, 'countries', [], false, (v, p) => c.countryValue(v, p));
  c.array(input, 'missions', [], false, (v, p) => {
    if (typeof v !== 'string') {
      c.add(p, 'invalid_type', true);
      return;
    }
    const id = v.trim();
    if (id.length < 1) c.add(p, 'too_small');
    if (!NO_SPACE.test(id)) c.add(p, 'invalid_format');
  });
  c.objects(input, 'partners', [], (o, p) => {
    c.text(o, 'id', p, true, Number.POSITIVE_INFINITY, false);
    c.oneOf(o, 'role', ROLE, p, true);
  });
  c.array(input, 'topics', [], false, (v, p) => {
    if (typeof v !== 'string' || !TOPIC.has(v)) c.add(p, 'invalid_value', true);
  });
  c.array(input, 'mediaContacts', [], false, (v, p) => c.contact(v, p, true));
  c.object(input, 'source', [], false, (o, p) => {
    c.oneOf(o, 'format', FORMAT, p, true);
    c.url(o, 'url', p);
    c.text(o, 'name', p);
    c.dateTime(o, 'retrievedAt', p);
  });
  if (c.fatal === 0) rules(c, input);
  return c.problems;
}
