import { FIGURE_MEASURES, INTERIM_KINDS, POST_KINDS, UNIT_KINDS } from '@iom/organization';
import { Checker, type O, type P } from './records.js';
import { isObject, type Problem } from './util.js';

// The rules of iom.org-structure@1 written by hand: each record's fields, and text in at least one
// language. The schema's whole-record rules (one tree at every date, one holder at a time) are not
// written again here: on valid payloads the zod rows include their cost and this row does not.

const KIND = 'iom.org-structure@1';
const set = (values: readonly string[]): ReadonlySet<string> => new Set(values);
const UNIT: ReadonlySet<string> = set(UNIT_KINDS);
const POST: ReadonlySet<string> = set(POST_KINDS);
const INTERIM: ReadonlySet<string> = set(INTERIM_KINDS);
const MEASURE: ReadonlySet<string> = set(FIGURE_MEASURES);
const FORMS: ReadonlySet<string> = set(['feminine', 'masculine']);
const TITLE_FORMS = ['feminine', 'masculine', 'neutral'] as const;

/** A title in one language: one text, or its feminine, masculine and neutral forms. */
function genderedText(c: Checker, v: unknown, p: P): void {
  if (typeof v === 'string') {
    if (v.length < 1) c.add(p, 'too_small');
    return;
  }
  // Neither a text nor three texts: no form of the title to report on.
  if (!isObject(v) || TITLE_FORMS.some((form) => typeof v[form] !== 'string')) {
    c.add(p, 'invalid_union', true);
    return;
  }
  for (const form of TITLE_FORMS) if ((v[form] as string).length < 1) c.add([...p, form], 'too_small');
}

function unit(c: Checker, o: O, p: P): void {
  c.validity(o, p);
  c.localId(o, 'id', p, true);
  c.oneOf(o, 'kind', UNIT, p, true);
  c.localizedText(o, 'name', p, true);
  c.text(o, 'acronym', p, false, Number.POSITIVE_INFINITY, false);
  c.country(o, 'country', p);
  c.localId(o, 'siteId', p);
  c.localizedText(o, 'region', p);
  // Coverage is a list of dated, sourced country lists (issue 16).
  c.array(o, 'coverage', p, false, (v, vp) => {
    if (!isObject(v)) {
      c.add(vp, 'invalid_type');
      return;
    }
    c.validity(v, vp);
    c.array(v, 'countries', vp, true, (x, xp) => c.countryValue(x, xp));
    c.sources(v, vp);
  });
  c.array(o, 'replaces', p, false, (v, vp) => c.localIdValue(v, vp));
  c.sources(o, p);
}

function link(c: Checker, o: O, p: P): void {
  c.validity(o, p);
  c.localId(o, 'child', p, true);
  c.localId(o, 'parent', p, true);
  c.sources(o, p);
}

function post(c: Checker, o: O, p: P): void {
  c.validity(o, p);
  c.localId(o, 'id', p, true);
  c.oneOf(o, 'kind', POST, p, true);
  c.localId(o, 'unitId', p, true);
  c.object(o, 'title', p, false, (t, tp) => {
    for (const locale of ['en', 'fr', 'es']) if (t[locale] !== undefined) genderedText(c, t[locale], [...tp, locale]);
  });
  c.boolean(o, 'singleHolder', p);
  c.localId(o, 'reportsTo', p);
  c.sources(o, p);
}

function person(c: Checker, o: O, p: P): void {
  c.localId(o, 'id', p, true);
  c.text(o, 'name', p, true, 300);
  c.oneOf(o, 'grammaticalGender', FORMS, p);
  c.sources(o, p);
}

function membership(c: Checker, o: O, p: P): void {
  c.validity(o, p);
  c.localId(o, 'id', p, true);
  c.localId(o, 'personId', p, true);
  c.localId(o, 'postId', p, true);
  c.oneOf(o, 'interim', INTERIM, p);
  c.oneOf(o, 'grammaticalGender', FORMS, p);
  c.sources(o, p);
}

function site(c: Checker, o: O, p: P): void {
  c.localId(o, 'id', p, true);
  c.localizedText(o, 'name', p, true);
  c.localizedText(o, 'city', p, true);
  c.country(o, 'country', p, true);
  c.text(o, 'address', p, false, Number.POSITIVE_INFINITY, false);
  c.sources(o, p);
}

function figure(c: Checker, o: O, p: P): void {
  c.localId(o, 'id', p, true);
  c.oneOf(o, 'measure', MEASURE, p, true);
  c.int(o, 'value', p, 0, Number.MAX_SAFE_INTEGER, true);
  c.partialDate(o, 'asOf', p, true);
  c.sources(o, p);
}

/** Validates an organisation structure by hand; every problem, empty when valid. */
export function checkOrgStructure(input: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(input)) {
    c.add([], 'invalid_type', true);
    return c.problems;
  }
  if (input.$kind !== undefined && input.$kind !== KIND) c.add(['$kind'], 'invalid_value', true);
  c.object(input, 'organization', [], true, (o, p) => {
    c.localId(o, 'id', p, true);
    c.localizedText(o, 'name', p, true);
    c.localizedText(o, 'acronym', p);
    c.partialDate(o, 'foundingDate', p);
    c.localId(o, 'headquartersSiteId', p);
    c.sources(o, p);
  });
  c.objects(input, 'units', [], (o, p) => unit(c, o, p), true);
  c.objects(input, 'links', [], (o, p) => link(c, o, p));
  c.objects(input, 'posts', [], (o, p) => post(c, o, p));
  c.objects(input, 'people', [], (o, p) => person(c, o, p));
  c.objects(input, 'memberships', [], (o, p) => membership(c, o, p));
  c.objects(input, 'sites', [], (o, p) => site(c, o, p));
  c.objects(input, 'figures', [], (o, p) => figure(c, o, p));
  return c.problems;
}
