import { validate } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { minimalRelease as minimal } from '../test/helpers.js';
import { PressRelease } from './release.js';
import { PressReleaseV1 } from './release-v1.js';

function codes(input: unknown, schema: typeof PressRelease | typeof PressReleaseV1 = PressRelease) {
  return validate(schema, input).issues.map((issue) => [issue.code, issue.path.join('.')]);
}

describe('the cross-field rules of a press release', () => {
  it('rejects an embargo that lifts after publication', () => {
    const release = { ...minimal, publishedAt: '2024-06-12T08:00:00Z', embargoUntil: '2024-06-12T08:00:00+01:00' };
    expect(codes(release)).toEqual([]);
    expect(codes({ ...release, embargoUntil: '2024-06-12T09:00:01Z' })).toEqual([
      ['embargo_after_publication', 'embargoUntil'],
    ]);
  });

  it('rejects an update older than publication', () => {
    expect(codes({ ...minimal, publishedAt: '2024-06-12T08:00:00Z', updatedAt: '2024-06-11T08:00:00Z' })).toEqual([
      ['updated_before_published', 'updatedAt'],
    ]);
  });

  it('checks translation links', () => {
    const release = {
      ...minimal,
      translations: [
        { language: 'en', id: 'urn:iom:press:other' },
        { language: 'fr', id: 'urn:iom:press:test' },
        { language: 'fr', id: 'urn:iom:press:test-fr' },
      ],
    };
    expect(codes(release)).toEqual([
      ['translation_same_language', 'translations.0.language'],
      ['translation_self', 'translations.1.id'],
      ['translation_duplicate_language', 'translations.2.language'],
    ]);
  });

  it('checks partners against the registry', () => {
    const release = {
      ...minimal,
      partners: [
        { id: 'ILO', role: 'organiser' },
        { id: 'ACME', role: 'funder' },
        { id: 'ILO', role: 'organiser' },
      ],
    };
    expect(codes(release)).toEqual([
      ['partner_unknown', 'partners.1.id'],
      ['partner_duplicate', 'partners.2'],
    ]);
  });

  it('hold for version 1 of the kind as well', () => {
    const release = {
      ...minimal,
      $kind: 'iom.press-release@1',
      missions: ['ecuador'],
      publishedAt: '2024-06-12T08:00:00Z',
      embargoUntil: '2024-06-12T09:00:01Z',
      translations: [{ language: 'en', id: 'urn:iom:press:other' }],
    };
    expect(codes(release, PressReleaseV1)).toEqual([
      ['embargo_after_publication', 'embargoUntil'],
      ['translation_same_language', 'translations.0.language'],
    ]);
  });
});
