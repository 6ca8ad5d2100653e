import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountryCode } from './country.js';
import { definePayloadKind, kindField, PayloadKindRegistry, parseKindRef } from './payload-kind.js';

const officeV1 = definePayloadKind({
  id: 'iom.test-office',
  version: 1,
  title: { en: 'Office', fr: 'Bureau', es: 'Oficina' },
  schema: z.strictObject({ $kind: kindField('iom.test-office', 1).optional(), country: CountryCode }),
});
const officeV2 = definePayloadKind({
  id: 'iom.test-office',
  version: 2,
  title: { en: 'Office', fr: 'Bureau', es: 'Oficina' },
  schema: z.strictObject({ $kind: kindField('iom.test-office', 2), countries: z.array(CountryCode) }),
});
const registry = new PayloadKindRegistry([officeV1, officeV2]);

describe('payload kinds', () => {
  it('reads id@version references', () => {
    expect(parseKindRef('iom.press-release@1')).toEqual({ id: 'iom.press-release', version: 1 });
    expect(parseKindRef('iom.press-release')).toBeUndefined();
    expect(parseKindRef('IOM@1')).toBeUndefined();
  });

  it('refuses malformed definitions', () => {
    expect(() => definePayloadKind({ id: 'Bad Id', version: 1, title: officeV1.title, schema: z.unknown() })).toThrow(
      TypeError,
    );
    expect(() => definePayloadKind({ id: 'ok', version: 0, title: officeV1.title, schema: z.unknown() })).toThrow(
      TypeError,
    );
    expect(() => new PayloadKindRegistry([officeV1, officeV1])).toThrow(/registered already/);
  });

  it('finds a kind by reference or by id (the highest version)', () => {
    expect(registry.get('iom.test-office@1')).toBe(officeV1);
    expect(registry.get('iom.test-office')).toBe(officeV2);
    expect(registry.list().map((kind) => kind.ref)).toEqual(['iom.test-office@1', 'iom.test-office@2']);
  });

  it('validates a payload by its envelope', () => {
    expect(registry.validate({ $kind: 'iom.test-office@1', country: 'EC' })).toMatchObject({
      success: true,
      kind: officeV1,
    });
    expect(registry.validate({ $kind: 'iom.test-office@2', countries: ['ec'] }, { locale: 'es' })).toMatchObject({
      success: false,
      kind: officeV2,
      issues: [{ path: ['countries', 0], code: 'country_code_lowercase' }],
    });
  });

  it('validates a payload without envelope against a kind named by the caller', () => {
    expect(registry.validate({ country: 'PE' }, { kind: 'iom.test-office@1' }).success).toBe(true);
  });

  it('runs a kind’s rules on the parsed data, once the schema passes', () => {
    const seen: unknown[] = [];
    const trip = definePayloadKind({
      id: 'iom.test-trip',
      version: 1,
      title: { en: 'Trip', fr: 'Voyage', es: 'Viaje' },
      schema: z.strictObject({ from: CountryCode, to: CountryCode }),
      rules: (data, locale) => {
        seen.push(data);
        return data.from === data.to
          ? [{ path: ['to'], code: 'trip_nowhere', message: locale === 'fr' ? 'Même pays' : 'Same country' }]
          : [];
      },
    });
    const trips = new PayloadKindRegistry([trip]);
    const options = { kind: 'iom.test-trip', locale: 'fr' } as const;
    expect(trips.validate({ from: 'EC', to: 'EC' }, options)).toEqual({
      success: false,
      kind: trip,
      issues: [{ path: ['to'], code: 'trip_nowhere', message: 'Même pays' }],
    });
    expect(trips.validate({ from: 'EC', to: 'PE' }, options)).toMatchObject({ success: true, issues: [] });
    // A payload the schema refuses never reaches the rules.
    expect(trips.validate({ from: 'EC', to: 'ecu' }, options).issues.map((issue) => issue.code)).toEqual([
      'country_code_alpha3',
    ]);
    expect(seen).toEqual([
      { from: 'EC', to: 'EC' },
      { from: 'EC', to: 'PE' },
    ]);
  });

  it('says why it cannot find a kind', () => {
    const codeOf = (payload: unknown) => {
      const result = registry.validate(payload);
      return result.success ? undefined : result.issues[0]?.code;
    };
    expect(codeOf([])).toBe('payload_not_object');
    expect(codeOf({ country: 'EC' })).toBe('payload_kind_missing');
    expect(codeOf({ $kind: 'office' })).toBe('payload_kind_malformed');
    expect(codeOf({ $kind: 'iom.unknown@1' })).toBe('payload_kind_unknown');
    expect(codeOf({ $kind: 'iom.test-office@7' })).toBe('payload_kind_version_unsupported');
    const result = registry.validate({ $kind: 'iom.test-office@7' }, { locale: 'fr' });
    expect(result.issues[0]?.message).toBe(
      'La version 7 de iom.test-office n’est pas prise en charge\u00a0; versions prises en charge\u00a0: 1, 2',
    );
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ $kind: fc.string() }, { requiredKeys: [] })), (payload) => {
        const result = registry.validate(payload);
        expect(result.success || result.issues.length > 0).toBe(true);
      }),
    );
  });
});

describe('parseKindRef on hostile input', () => {
  it('refuses over-long references before running its pattern', () => {
    expect(parseKindRef(`${'a.'.repeat(500_000)}a`)).toBeUndefined();
    expect(parseKindRef(`${'a'.repeat(200)}@1`)).toBeUndefined();
  });
});
