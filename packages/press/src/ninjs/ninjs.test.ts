import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleReleases, fullRelease, readJson } from '../../test/helpers.js';
import type { PressRelease } from '../release.js';
import { PressRelease as PressReleaseSchema } from '../release.js';
import { fromNinjs } from './from-ninjs.js';
import { toNinjs } from './to-ninjs.js';
import type { NinjsVersion } from './types.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
// The GeoJSON schema both ninjs schemas reference by URL: a draft-07 schema loaded without its
// $schema key (peers/ninjs/README.md).
const { $schema: _ignored, ...geojson } = readJson('test/ninjs/GeoJSON.json') as Record<string, unknown>;
ajv.addSchema(geojson);
const validators: { [V in NinjsVersion]: ValidateFunction } = {
  '2.2': ajv.compile(readJson('test/ninjs/ninjs-schema_2.2.json') as object),
  '3.1': ajv.compile(readJson('test/ninjs/ninjs-schema_3.1.json') as object),
};

function expectValid(version: NinjsVersion, document: unknown): void {
  const valid = validators[version](document);
  expect(validators[version].errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const { fr, en, es } = exampleReleases();
const full: PressRelease = {
  ...fullRelease(en),
  mediaContacts: [
    {
      name: { full: 'Nadia Zelisko' },
      role: 'media',
      phones: [{ e164: '+59322444928', extension: '12' }],
      emails: ['nzelisko@iom.org.ec'],
    },
  ],
};
const minimal: PressRelease = {
  id: 'local-slug-1',
  kind: 'statement',
  scope: 'global',
  language: 'fr',
  title: 'Déclaration',
  body: ['Un paragraphe.'],
};

describe('toNinjs', () => {
  for (const version of ['2.2', '3.1'] as const) {
    it(`writes documents valid against the official ninjs ${version} schema`, () => {
      for (const release of [fr, en, es, full, minimal]) expectValid(version, toNinjs(release, { version }));
    });
  }

  it('names properties the way each version does', () => {
    const v3 = toNinjs(full, { version: '3.1' });
    const v2 = toNinjs(full, { version: '2.2' });
    expect(v3.embargoedUntil).toBe(full.embargoUntil);
    expect(v2.embargoed).toBe(full.embargoUntil);
    expect(v3.versionCreated).toBe(full.updatedAt);
    expect(v2.versioncreated).toBe(full.updatedAt);
    expect(v2.uri).toBe('urn:iom:press:ec-trinational-trafficking-meeting:en');
    expect(toNinjs(minimal, { version: '3.1' }).uri).toBe('urn:iom:press:local-slug-1');
    expect(v3.located).toBe('Quito, Ecuador');
  });

  it('rejects what the schema forbids (the validator is not a rubber stamp)', () => {
    expect(validators['2.2']({ ...toNinjs(minimal, { version: '2.2' }), versionCreated: '2024-01-01T00:00:00Z' })).toBe(
      false,
    );
    expect(validators['3.1']({ ...toNinjs(minimal, { version: '3.1' }), embargoed: '2024-01-01T00:00:00Z' })).toBe(
      false,
    );
  });
});

describe('fromNinjs', () => {
  for (const version of ['2.2', '3.1'] as const) {
    it(`reads back its own ${version} output`, () => {
      const { value, issues } = fromNinjs(toNinjs(full, { version }));
      expect(value).toMatchObject({
        id: full.id,
        kind: 'press_release',
        scope: 'local',
        language: 'en',
        title: full.title,
        subtitle: full.subtitle,
        summary: full.summary,
        body: full.body,
        publishedAt: full.publishedAt,
        updatedAt: full.updatedAt,
        embargoUntil: full.embargoUntil,
        countries: full.countries,
        missions: full.missions,
        partners: full.partners,
        topics: full.topics,
        translations: [
          { language: 'fr', id: 'urn:iom:press:ec-trinational-trafficking-meeting:fr' },
          { language: 'es', id: 'urn:iom:press:ec-trinational-trafficking-meeting:es' },
        ],
        dateline: { place: 'Quito', country: 'EC', date: '2024-06-12' },
        mediaContacts: [
          {
            name: { full: 'Nadia Zelisko' },
            phones: [{ e164: '+59322444928', extension: '12' }],
            emails: ['nzelisko@iom.org.ec'],
          },
        ],
        source: { format: 'ninjs', url: 'https://www.iom.int/news/example' },
      });
      const codes = issues.map((issue) => issue.code);
      expect(codes).toContain('ninjs_quotes_not_carried');
      expect(codes).toContain('ninjs_dateline_date_guessed');
      expect(codes).not.toContain('ninjs_kind_missing');
    });
  }

  it('reads a real-world style ninjs 2.2 document from another provider', () => {
    const document = readJson('test/ninjs-docs/partner-agency-2.2.json');
    expectValid('2.2', document);
    const { value, issues } = fromNinjs(document, { locale: 'fr' });
    expect(value).toMatchObject({
      id: 'https://news.example.org/items/2024/06/12/unhcr-iom-venezuelans',
      language: 'en',
      kind: 'press_release',
      title: 'UNHCR and IOM call for support to Venezuelans in the region',
      subtitle: 'Regional plan seeks funds for 17 countries',
      summary: 'The two agencies launched a regional response plan.',
      body: [
        'Geneva – UNHCR, the UN Refugee Agency, and IOM launched today a regional plan.',
        '“The needs are enormous,” said the two agencies.',
      ],
      publishedAt: '2024-06-12T09:30:04Z',
      updatedAt: '2024-06-12T11:46:53Z',
      dateline: { place: 'Geneva', country: 'CH', date: '2024-06-12' },
      countries: ['VE', 'CO'],
      partners: [{ id: 'UNHCR', role: 'organiser' }],
      topics: ['humanitarian_emergencies'],
      mediaContacts: [
        { name: { full: 'Media Relations' }, phones: [{ e164: '+41227179111' }], emails: ['media@iom.int'] },
      ],
    });
    const found = issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['ninjs_body_markup', 'bodies.0'],
        ['ninjs_scope_missing', 'genres'],
        ['ninjs_place_unmatched', 'places.2'],
        ['ninjs_partner_unknown', 'organisations.2'],
        ['ninjs_subject_unmatched', 'subjects.0'],
        ['ninjs_field_ignored', 'by'],
        ['ninjs_field_ignored', 'slugline'],
      ]),
    );
    expect(issues.find((issue) => issue.code === 'ninjs_place_unmatched')?.message).toBe(
      'Le lieu Latin America n’est pas un pays connu',
    );
  });

  it('reads a real-world style ninjs 3.1 document, and the draft completes into a valid release', () => {
    const document = readJson('test/ninjs-docs/wire-3.1.json');
    expectValid('3.1', document);
    const { value, issues } = fromNinjs(document);
    expect(value).toMatchObject({
      language: 'es',
      kind: 'press_release',
      scope: 'local',
      publishedAt: '2024-06-12T15:10:00-05:00',
      embargoUntil: '2024-06-12T12:00:00-05:00',
      dateline: { place: 'Quito', country: 'EC' },
      countries: ['EC', 'PE'],
      partners: [
        { id: 'ILO', role: 'participant' },
        { id: 'USAID', role: 'funder' },
      ],
      missions: ['MISSION_EC'],
      topics: ['counter_trafficking'],
      translations: [{ language: 'en', id: 'http://ninjs.example.com/newsitems/20240612-iom-ecuador-en' }],
      body: ['Quito – La OIM y la OIT presentaron hoy un plan.', '«Es esencial coordinar», afirmó Alejandro Guidi.'],
    });
    expect(issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['ninjs_quotes_not_carried', 'ninjs_field_ignored']),
    );
    expect(PressReleaseSchema.safeParse(value).success).toBe(true);
  });

  it('keeps a source link only when it is an http or https link, and reports the others', () => {
    for (const [url, kept] of [
      ['https://www.iom.int/news/example', true],
      ['javascript:alert(1)', false],
      ['data:text/html,<script>alert(1)</script>', false],
      ['https://www.iom.int/news/réunion', false],
      [42, false],
    ] as const) {
      const { value, issues } = fromNinjs({
        altIds: [
          { role: 'other', value: 'x' },
          { role: 'sourceUrl', value: url },
        ],
      });
      expect([url, value.source]).toEqual([url, kept ? { format: 'ninjs', url } : { format: 'ninjs' }]);
      const invalid = issues.filter((issue) => issue.code === 'ninjs_field_invalid' && issue.path[0] === 'altIds');
      expect([url, invalid.map((issue) => issue.path)]).toEqual([url, kept ? [] : [['altIds', 1, 'value']]]);
    }
  });

  it('reports what it cannot read and never throws', () => {
    expect(fromNinjs(42).issues.map((issue) => issue.code)).toEqual(['ninjs_not_object']);
    const odd = fromNinjs({ uri: 'x y', language: 'de', firstcreated: 'yesterday', headlines: 'nope' });
    expect(odd.issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining([
        'ninjs_field_invalid',
        'ninjs_language_unsupported',
        'ninjs_title_missing',
        'ninjs_body_missing',
      ]),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fromNinjs(value);
      }),
      { numRuns: 300 },
    );
    const ninjsLike = fc.record(
      {
        uri: fc.string(),
        language: fc.string(),
        headlines: fc.array(fc.record({ role: fc.string(), value: fc.anything() })),
        bodies: fc.array(
          fc.record({ contentType: fc.constantFrom('text/html', 'text/plain', 'x'), value: fc.string() }),
        ),
        places: fc.array(fc.dictionary(fc.constantFrom('name', 'uri', 'literal'), fc.anything())),
        organisations: fc.array(fc.dictionary(fc.constantFrom('name', 'rel', 'literal'), fc.string())),
        people: fc.array(
          fc.record({ name: fc.string(), contactInfo: fc.array(fc.record({ type: fc.string(), value: fc.string() })) }),
        ),
        firstCreated: fc.string(),
        located: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(ninjsLike, (value) => {
        const reading = fromNinjs(value);
        expect(Array.isArray(reading.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
