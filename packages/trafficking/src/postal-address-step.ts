import { customOperation, defineMigrationStep, type MigrationRecorder, renameField } from '@iom/core';

// The step from iom.trafficking-case@1 to @2. Operations are written for the way up; the way down is
// their inverses, last first. Every value changed is reported (`migration_converted`), every value lost
// is named by its path (never by its content: these are a victim's data).

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ADDRESS = ['person', 'mailingAddress'] as const;

/** The person's mailing address in `payload` with its holder, when both are objects. */
function mailingAddress(payload: unknown): { person: Json; address: Json } | undefined {
  if (!isObject(payload) || !isObject(payload.person) || !isObject(payload.person.mailingAddress)) return undefined;
  return { person: payload.person, address: payload.person.mailingAddress };
}

/** Text fields of a version-1 address, which `PostalAddress` refuses when they hold only spaces. */
const TEXT_V1 = ['street', 'city', 'state', 'postalCode'] as const;

/** Line breaks as people and systems write them (HTCDS, after Salesforce, keeps the street lines in one field). */
const LINE_BREAK = /\r\n|\r|\n/;

/** Field names of the mailing address that the versions write differently, version 1 first. */
const RENAMED: ReadonlyArray<readonly [v1: string, v2: string]> = [
  ['street', 'streetLines'],
  ['city', 'locality'],
  ['state', 'region'],
];

/**
 * A `notCollected` entry (a field path) renamed from one version's names to the other's, or the entry
 * itself. Only entries that name one of the renamed fields exactly change.
 */
function renamedPath(entry: string, way: 'up' | 'down'): string {
  const prefix = `${ADDRESS.join('.')}.`;
  if (!entry.startsWith(prefix)) return entry;
  const name = entry.slice(prefix.length);
  const pair = RENAMED.find(([v1, v2]) => (way === 'up' ? v1 : v2) === name);
  return pair === undefined ? entry : `${prefix}${way === 'up' ? pair[1] : pair[0]}`;
}

function renameNotCollected(payload: unknown, recorder: MigrationRecorder, way: 'up' | 'down'): void {
  if (!isObject(payload) || !Array.isArray(payload.notCollected)) return;
  payload.notCollected = payload.notCollected.map((entry: unknown, index) => {
    if (typeof entry !== 'string') return entry;
    const renamed = renamedPath(entry, way);
    if (renamed !== entry) recorder.changed('migration_converted', ['notCollected', index]);
    return renamed;
  });
}

/**
 * The step from `iom.trafficking-case@1` to `@2`: the person's mailing address becomes a `PostalAddress`
 * of `@iom/core`, the one address model of the packages. Going up, `street` becomes `streetLines` (one
 * item per line), `city` becomes `locality` and `state` `region`; `postalCode` and `country` stay, and
 * fields marked not collected are renamed likewise. Version 2 requires the country and refuses text that
 * is only spaces: an address without a country, and such text, have no place in it and are a loss, refused
 * unless allowed. Going down, the street lines are joined with line breaks, a PO box is written as the last
 * street line, and a subdivision as the state when there is none; a subdivision beside a region is the only
 * value lost on the way down.
 */
export const postalAddressStep = defineMigrationStep({
  title: {
    en: 'The mailing address is a PostalAddress of @iom/core',
    fr: 'L’adresse postale est une PostalAddress de @iom/core',
    es: 'La dirección postal es una PostalAddress de @iom/core',
  },
  reason:
    'Version 1 wrote the mailing address in a form of its own (street, city, state, postal code and ' +
    'country, all optional). Version 2 uses `PostalAddress` of `@iom/core`, the one address model of every ' +
    'package: street lines, PO box, locality, region, ISO 3166-2 subdivision, postal code, and a country, ' +
    'which it requires.',
  operations: [
    customOperation({
      field: 'person.mailingAddress',
      summary:
        'A mailing address without a country has no place in version 2, which requires one: its values ' +
        'are lost, and so is text that holds only spaces, which `PostalAddress` refuses. An address left ' +
        'empty is removed. The way down changes nothing.',
      up(payload, recorder) {
        const found = mailingAddress(payload);
        if (found === undefined) return;
        const { person, address } = found;
        const drop = (key: string) => {
          delete address[key];
          recorder.dropped([...ADDRESS, key]);
        };
        const held = Object.keys(address).length;
        for (const key of TEXT_V1) {
          const value = address[key];
          if (typeof value === 'string' && value.trim() === '') drop(key);
        }
        if (address.country === undefined) for (const key of Object.keys(address)) drop(key);
        if (Object.keys(address).length > 0) return;
        delete person.mailingAddress;
        // An address that held nothing loses nothing, but is a change; a loss was named above.
        if (held === 0) recorder.changed('migration_converted', [...ADDRESS]);
      },
      down() {},
      lossy: { up: true, down: false },
    }),
    renameField('person.mailingAddress.city', 'locality'),
    renameField('person.mailingAddress.state', 'region'),
    renameField('person.mailingAddress.street', 'streetLines'),
    customOperation({
      field: 'person.mailingAddress.streetLines',
      summary:
        'The street becomes a list of lines, one item per line of the text (blank lines are not kept); the ' +
        'way down joins the lines with line breaks, and removes an empty list.',
      up(payload, recorder) {
        const address = mailingAddress(payload)?.address;
        const street = address?.streetLines;
        if (address === undefined || typeof street !== 'string') return;
        address.streetLines = street.split(LINE_BREAK).filter((line) => line.trim() !== '');
        recorder.changed('migration_converted', [...ADDRESS, 'streetLines']);
      },
      down(payload, recorder) {
        const address = mailingAddress(payload)?.address;
        const lines = address?.streetLines;
        if (address === undefined || !Array.isArray(lines)) return;
        if (lines.length === 0) delete address.streetLines;
        else address.streetLines = lines.join('\n');
        recorder.changed('migration_converted', [...ADDRESS, 'streetLines']);
      },
      lossy: { up: false, down: false },
    }),
    customOperation({
      field: 'person.mailingAddress.poBox',
      summary:
        'Added the optional field `person.mailingAddress.poBox`; the way down writes it as the last street ' +
        'line, as HTCDS does.',
      up() {},
      down(payload, recorder) {
        const address = mailingAddress(payload)?.address;
        if (address === undefined || typeof address.poBox !== 'string') return;
        const lines = Array.isArray(address.streetLines) ? address.streetLines : [];
        address.streetLines = [...lines, address.poBox];
        delete address.poBox;
        recorder.changed('migration_converted', [...ADDRESS, 'poBox']);
      },
      lossy: { up: false, down: false },
    }),
    customOperation({
      field: 'person.mailingAddress.subdivision',
      summary:
        'Added the optional field `person.mailingAddress.subdivision` (an ISO 3166-2 code); the way down ' +
        'writes the code as the state when the address has no region, and loses it beside a region.',
      up() {},
      down(payload, recorder) {
        const address = mailingAddress(payload)?.address;
        if (address === undefined || !Object.hasOwn(address, 'subdivision')) return;
        const path = [...ADDRESS, 'subdivision'];
        if (address.region === undefined) {
          address.region = address.subdivision;
          recorder.changed('migration_converted', path);
        } else recorder.dropped(path);
        delete address.subdivision;
      },
      lossy: { up: false, down: true },
    }),
    customOperation({
      field: 'notCollected.*',
      summary:
        'Fields marked not collected are named as the version reached names them: `person.mailingAddress.street`, ' +
        '`.city` and `.state` are `.streetLines`, `.locality` and `.region` in version 2.',
      up: (payload, recorder) => renameNotCollected(payload, recorder, 'up'),
      down: (payload, recorder) => renameNotCollected(payload, recorder, 'down'),
      lossy: { up: false, down: false },
    }),
  ],
});
