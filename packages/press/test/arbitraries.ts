import fc from 'fast-check';
import { PARTNER_ROLES, RELEASE_KINDS, RELEASE_SCOPES, SOURCE_FORMATS, TOPICS } from '../src/codes.js';
import { PARTNER_IDS } from '../src/partners.js';
import type { PressReleaseV1 } from '../src/release-v1.js';

const COUNTRIES = ['CO', 'EC', 'PE', 'VE', 'BE', 'CH', 'SN', 'KE'] as const;
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== '');

/** Mission ids as version 2 takes them. */
export const cleanMissionId = fc.constantFrom(...COUNTRIES.map((code) => `MISSION_${code}`));

/** Mission ids as version 1 took them: clean ones, country codes alone, ids with spaces around, other tokens. */
export const anyMissionIdV1 = fc.oneof(
  cleanMissionId,
  fc.constantFrom(...COUNTRIES),
  cleanMissionId.map((id) => ` ${id}\t`),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,11}$/),
);

/**
 * Valid `iom.press-release@1` payloads, every optional field present or not, with mission ids drawn
 * from `missionId`. Dates and translations are drawn so that the cross-field rules hold.
 */
export function releaseV1(missionId: fc.Arbitrary<string> = anyMissionIdV1): fc.Arbitrary<PressReleaseV1> {
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-06-${String(d).padStart(2, '0')}T08:00:00Z`);
  return fc
    .record(
      {
        $kind: fc.constant('iom.press-release@1' as const),
        id: fc.stringMatching(/^urn:iom:press:[a-z0-9-]{1,12}$/),
        kind: fc.constantFrom(...RELEASE_KINDS),
        scope: fc.constantFrom(...RELEASE_SCOPES),
        language: fc.constantFrom('en' as const, 'fr' as const, 'es' as const),
        title: text,
        subtitle: text,
        summary: text,
        dateline: fc.record({ place: text, country: fc.constantFrom(...COUNTRIES) }, { requiredKeys: ['country'] }),
        publishedAt: day,
        body: fc.array(text, { minLength: 1, maxLength: 3 }),
        quotes: fc.array(
          fc.record(
            { text, speaker: fc.record({ name: text, role: text }, { requiredKeys: ['name'] }), paragraph: fc.nat(3) },
            { requiredKeys: ['text', 'speaker'] },
          ),
          { maxLength: 2 },
        ),
        countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 4 }),
        missions: fc.array(missionId, { maxLength: 4 }),
        partners: fc.uniqueArray(
          fc.record({ id: fc.constantFrom(...PARTNER_IDS), role: fc.constantFrom(...PARTNER_ROLES) }),
          { maxLength: 3, selector: (partner) => `${partner.id} ${partner.role}` },
        ),
        topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }),
        source: fc.record({ format: fc.constantFrom(...SOURCE_FORMATS), name: text }, { requiredKeys: ['format'] }),
      },
      { requiredKeys: ['$kind', 'id', 'kind', 'scope', 'language', 'title', 'body'] },
    )
    .map((release) => release as PressReleaseV1);
}
