import { isHttpUrl, PayloadKindRegistry, toJsonSchema, validate } from '@iom/core';
import { exampleMissions } from '@iom/missions/data';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { exampleReleases, minimalRelease as minimal } from '../test/helpers.js';
import { pressReleaseKind } from './kind.js';
import { PressReleaseShape } from './model.js';
import { PARTNERS } from './partners.js';
import { PressRelease } from './release.js';
import { validatePressRelease } from './validate-release.js';

const { fr, en, es } = exampleReleases();

function codes(input: unknown, locale: 'en' | 'fr' | 'es' = 'en') {
  return validate(PressRelease, input, locale).issues.map((issue) => [issue.code, issue.path.join('.')]);
}

describe('PressRelease', () => {
  it('accepts the three example releases and a minimal one', () => {
    for (const release of [fr, en, es, minimal]) expect(codes(release)).toEqual([]);
  });

  it('is registered as payload kind iom.press-release@2', () => {
    const registry = new PayloadKindRegistry([pressReleaseKind]);
    expect(fr.$kind).toBe('iom.press-release@2');
    expect(registry.validate(fr).success).toBe(true);
    expect(registry.validate({ ...fr, $kind: 'iom.press-release@3' }).issues[0]?.code).toBe(
      'payload_kind_version_newer',
    );
  });

  it('names missions by their @iom/missions ids only', () => {
    expect(codes({ ...minimal, missions: ['MISSION_EC', 'EC', 'ecuador'] })).toEqual([
      ['mission_id_format', 'missions.1'],
      ['mission_id_format', 'missions.2'],
    ]);
  });

  it('gives messages in the caller’s language', () => {
    const release = { ...minimal, translations: [{ language: 'en', id: 'urn:iom:press:x' }] };
    expect(validate(PressRelease, release, 'fr').issues[0]?.message).toBe(
      'Une traduction doit être dans une autre langue que le communiqué (en)',
    );
    expect(validate(PressRelease, release, 'es').issues[0]?.message).toBe(
      'Una traducción debe estar en otro idioma que el comunicado (en)',
    );
  });

  it('takes only http and https source links', () => {
    const withSource = (url: string) => ({ ...minimal, source: { format: 'manual', url } });
    expect(codes(withSource('https://www.iom.int/news/example'))).toEqual([]);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'CO:', 'x:', 'https://'])
      expect(codes(withSource(url))).toEqual([['http_url_invalid', 'source.url']]);
    // The partner registry's links go into JSON-LD as they are: they follow the same rule.
    for (const partner of PARTNERS) if (partner.url !== undefined) expect(isHttpUrl(partner.url)).toBe(true);
  });

  it('rejects an empty dateline, an id with spaces and lowercase countries', () => {
    expect(codes({ ...minimal, dateline: {}, id: 'a b', countries: ['ec'] })).toEqual([
      ['release_id_format', 'id'],
      ['dateline_empty', 'dateline'],
      ['country_code_lowercase', 'countries.0'],
    ]);
  });

  it('has a JSON Schema that agrees with zod on the examples and on shape errors', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const check = ajv.compile(toJsonSchema(pressReleaseKind));
    for (const release of [fr, en, es, minimal]) expect(check(release)).toBe(true);
    for (const bad of [
      { ...minimal, kind: 'blog' },
      { ...minimal, body: [] },
      { ...minimal, countries: ['XX'] },
      { ...minimal, id: 'a b' },
    ]) {
      expect(check(bad)).toBe(false);
      expect(PressRelease.safeParse(bad).success).toBe(false);
    }
  });
});

describe('an app extending a release (docs/validating-payloads.md)', () => {
  it('extends the shape, or adds its fields to the whole verdict by intersection', () => {
    const Draft = PressReleaseShape.extend({ desk: z.enum(['global', 'regional']) });
    expect(Draft.safeParse({ ...minimal, desk: 'global' }).success).toBe(true);
    const NewsroomRelease = PressRelease.and(z.object({ desk: z.enum(['global', 'regional']) }));
    const parsed = NewsroomRelease.safeParse({ ...minimal, desk: 'regional' });
    expect(parsed.success && parsed.data.desk).toBe('regional');
    expect(parsed.success && parsed.data.title).toBe(minimal.title);
    // The release's rules still hold: a translation into its own language is refused.
    const own = { ...minimal, desk: 'global', translations: [{ id: 'x', language: minimal.language }] };
    const refused = NewsroomRelease.safeParse(own);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => (issue as { params?: { code?: string } }).params?.code)).toContain(
      'translation_same_language',
    );
    expect(NewsroomRelease.safeParse({ ...minimal, desk: 'local' }).success).toBe(false);
  });
});

describe('validatePressRelease', () => {
  it('checks missions against the registry of @iom/missions', () => {
    expect(validatePressRelease(fr, { missions: exampleMissions }).issues).toEqual([]);
    const result = validatePressRelease(
      { ...fr, missions: ['MISSION_EC', 'MISSION_FR'] },
      {
        missions: exampleMissions,
        locale: 'es',
      },
    );
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      { code: 'mission_unknown', path: ['missions', 1], message: 'Misión de la OIM desconocida MISSION_FR' },
    ]);
  });

  it('accepts a set, a list of ids or a predicate, and reports missions of invalid payloads too', () => {
    expect(validatePressRelease(fr, { missions: new Set(['MISSION_CO', 'MISSION_EC', 'MISSION_PE']) }).success).toBe(
      true,
    );
    expect(validatePressRelease(fr, { missions: (id) => id !== 'MISSION_PE' }).issues.map((i) => i.path)).toEqual([
      ['missions', 2],
    ]);
    const invalid = validatePressRelease({ missions: ['NOPE'] }, { missions: [] });
    expect(invalid.issues.some((issue) => issue.code === 'mission_unknown')).toBe(true);
    expect(invalid.issues.some((issue) => issue.code === 'invalid_type')).toBe(true);
  });
});
