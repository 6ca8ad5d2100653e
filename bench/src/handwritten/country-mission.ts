import { INTERIM_KINDS } from '@iom/organization';
import { Checker, type O, type P } from './records.js';
import { isObject, type Problem } from './util.js';

// The rules of iom.country-mission@1 written by hand. The schema checks each field (the offices, the
// terms and mentions of heads of mission, the contact points of @iom/contact); its only cross-field
// rules are nested: text in at least one language, and a contact point's identity and address. The
// schema's whole-record rules (dates in order, one head at a time, office kinds) are not written again
// here: on valid payloads the zod rows include their cost and this row does not.

const KIND = 'iom.country-mission@1';
const OFFICE_KINDS: ReadonlySet<string> = new Set(['country_office', 'sub_office']);
const HEAD_ROLES: ReadonlySet<string> = new Set(['chief_of_mission', 'officer_in_charge']);
const INTERIM: ReadonlySet<string> = new Set(INTERIM_KINDS);
const FORMS: ReadonlySet<string> = new Set(['feminine', 'masculine']);

function contacts(c: Checker, o: O, p: P, required: boolean): void {
  c.array(o, 'contactPoints', p, required, (v, vp) => c.contact(v, vp, false));
}

function office(c: Checker, o: O, p: P): void {
  c.validity(o, p);
  c.localId(o, 'id', p, true);
  c.oneOf(o, 'kind', OFFICE_KINDS, p, true);
  c.localizedText(o, 'city', p, true);
  c.subdivision(o, 'subdivision', p);
  c.localizedText(o, 'name', p);
  c.localId(o, 'unitId', p);
  contacts(c, o, p, false);
  c.sources(o, p);
}

function head(c: Checker, o: O, p: P): void {
  c.text(o, 'name', p, true, 300);
  c.oneOf(o, 'role', HEAD_ROLES, p);
  c.oneOf(o, 'interim', INTERIM, p);
  c.oneOf(o, 'grammaticalGender', FORMS, p);
  c.sources(o, p, 1);
}

/** Validates a country mission by hand; every problem, empty when valid. */
export function checkCountryMission(input: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(input)) {
    c.add([], 'invalid_type', true);
    return c.problems;
  }
  c.validity(input, []);
  if (input.$kind !== undefined && input.$kind !== KIND) c.add(['$kind'], 'invalid_value', true);
  c.localId(input, 'id', [], true);
  c.country(input, 'country', [], true);
  c.localizedText(input, 'name', [], true);
  c.int(input, 'yearEstablished', [], 1951, 9999);
  c.localId(input, 'unitId', []);
  c.object(input, 'mainOffice', [], true, (o, p) => office(c, o, p));
  c.objects(input, 'subOffices', [], (o, p) => office(c, o, p));
  c.objects(input, 'chiefsOfMission', [], (o, p) => {
    c.validity(o, p, true);
    head(c, o, p);
  });
  c.objects(input, 'mentions', [], (o, p) => {
    head(c, o, p);
    c.partialDate(o, 'attestedOn', p);
  });
  contacts(c, input, [], false);
  c.sources(input, []);
  return c.problems;
}
