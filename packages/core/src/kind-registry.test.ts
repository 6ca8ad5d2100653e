import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountryCode } from './country.js';
import { defineIssues } from './issue.js';
import { issueCheck } from './issue-check.js';
import { PayloadKindRegistry } from './kind-registry.js';
import { renameField, wrapField } from './migration/operations.js';
import { defineMigrationStep } from './migration/step.js';
import { definePayloadKind, kindField } from './payload-kind.js';
import { validate } from './validate.js';

const title = { en: 'Office', fr: 'Bureau', es: 'Oficina' };
const office = definePayloadKind({
  id: 'iom.test-office',
  title,
  package: '@iom/test',
  versions: [
    { version: 1, schema: z.strictObject({ $kind: kindField('iom.test-office', 1).optional(), country: CountryCode }) },
    {
      version: 2,
      schema: z.strictObject({ $kind: kindField('iom.test-office', 2), countries: z.array(CountryCode) }),
      step: defineMigrationStep({ title, operations: [wrapField('country'), renameField('country', 'countries')] }),
    },
  ],
});
const [officeV1, officeV2] = office.versions;
const registry = new PayloadKindRegistry([office]);

describe('PayloadKindRegistry', () => {
  it('registers every version of a kind given by its latest', () => {
    expect(registry.list().map((kind) => kind.ref)).toEqual(['iom.test-office@1', 'iom.test-office@2']);
    expect(registry.get('iom.test-office@1')).toBe(officeV1);
    expect(registry.get('iom.test-office')).toBe(officeV2);
  });

  it('takes a version given twice once, and refuses another kind of the same id@version', () => {
    expect(new PayloadKindRegistry([office, officeV1, officeV2]).list()).toHaveLength(2);
    const impostor = definePayloadKind({ id: 'iom.test-office', version: 1, title, schema: z.unknown() });
    expect(() => new PayloadKindRegistry([office, impostor])).toThrow(/registered already/);
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

  it('gives the schema’s whole verdict: its whole-record rules run once the fields pass, in the caller’s locale', () => {
    const seen: unknown[] = [];
    const tripIssues = defineIssues({
      en: { trip_nowhere: 'The trip ends in {country}, where it starts' },
      fr: { trip_nowhere: 'Le voyage finit en {country}, où il commence' },
      es: { trip_nowhere: 'El viaje termina en {country}, donde empieza' },
    });
    const Trip = z.strictObject({ from: CountryCode, to: CountryCode }).check(
      issueCheck((data: { from: string; to: string }, sink) => {
        seen.push(data);
        if (data.from === data.to)
          sink.addIssue(tripIssues.custom('trip_nowhere', { path: ['to'], args: { country: data.to } }));
      }),
    );
    const trip = definePayloadKind({
      id: 'iom.test-trip',
      version: 1,
      title: { en: 'Trip', fr: 'Voyage', es: 'Viaje' },
      schema: Trip,
    });
    const trips = new PayloadKindRegistry([trip]);
    const options = { kind: 'iom.test-trip', locale: 'fr' } as const;
    expect(trips.validate({ from: 'EC', to: 'EC' }, options)).toEqual({
      success: false,
      kind: trip,
      issues: [{ path: ['to'], code: 'trip_nowhere', message: 'Le voyage finit en EC, où il commence' }],
    });
    // The same verdict as the schema's own, through validate().
    expect(validate(Trip, { from: 'EC', to: 'EC' }, 'fr').issues).toEqual(
      trips.validate({ from: 'EC', to: 'EC' }, options).issues,
    );
    expect(trips.validate({ from: 'EC', to: 'PE' }, options)).toMatchObject({ success: true, issues: [] });
    // Rules run once every field has its type (zod's own order), even if a field's own check failed:
    // a wrong country code is reported and the rule still looks at the rest.
    expect(trips.validate({ from: 'EC', to: 'ecu' }, options).issues.map((issue) => issue.code)).toEqual([
      'country_code_alpha3',
    ]);
    // A field of the wrong type stops the rules: they only ever see well-typed data.
    expect(trips.validate({ from: 'EC', to: 7 }, options).issues.map((issue) => issue.code)).toEqual(['invalid_type']);
    expect(seen).toEqual([
      { from: 'EC', to: 'EC' },
      { from: 'EC', to: 'EC' },
      { from: 'EC', to: 'EC' },
      { from: 'EC', to: 'PE' },
      { from: 'EC', to: 'ecu' },
    ]);
    // With onlyWhenValid, a field that failed its own check keeps the rules from running at all.
    const strict: unknown[] = [];
    const StrictTrip = z
      .strictObject({ from: CountryCode, to: CountryCode })
      .check(issueCheck((data: { from: string; to: string }) => strict.push(data), { onlyWhenValid: true }));
    expect(validate(StrictTrip, { from: 'EC', to: 'ecu' }).issues.map((issue) => issue.code)).toEqual([
      'country_code_alpha3',
    ]);
    expect(validate(StrictTrip, { from: 'EC', to: 'PE' }).success).toBe(true);
    expect(strict).toEqual([{ from: 'EC', to: 'PE' }]);
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
    expect(codeOf({ $kind: 'iom.test-office@7' })).toBe('payload_kind_version_newer');
  });

  it('asks to upgrade the package for a version newer than those installed, in each language', () => {
    const message = (locale: 'en' | 'fr' | 'es') =>
      registry.validate({ $kind: 'iom.test-office@7' }, { locale }).issues[0];
    expect(message('en')).toEqual({
      path: ['$kind'],
      code: 'payload_kind_version_newer',
      message: 'iom.test-office@7 is newer than the versions installed (1, 2): upgrade @iom/test',
    });
    expect(message('fr')?.message).toBe(
      'iom.test-office@7 est plus récent que les versions installées (1, 2)\u00a0: mettez à jour @iom/test',
    );
    expect(message('es')?.message).toBe(
      'iom.test-office@7 es más reciente que las versiones instaladas (1, 2): actualice @iom/test',
    );
  });

  it('names the versions that exist for a version older than those kept', () => {
    const later = definePayloadKind({ id: 'iom.test-late', version: 3, title, schema: z.object({}) });
    const result = new PayloadKindRegistry([later]).validate({ $kind: 'iom.test-late@1' }, { locale: 'fr' });
    expect(result.issues).toEqual([
      {
        path: ['$kind'],
        code: 'payload_kind_version_unsupported',
        message: 'La version 1 de iom.test-late n’est pas prise en charge\u00a0; versions prises en charge\u00a0: 3',
      },
    ]);
  });

  it('migrates a payload to a version named by reference', () => {
    const result = registry.migrate({ $kind: 'iom.test-office@1', country: 'EC' }, { to: 'iom.test-office@2' });
    expect(result).toMatchObject({ success: true, value: { $kind: 'iom.test-office@2', countries: ['EC'] } });
    expect(
      registry.migrate({ $kind: 'iom.test-office@2', countries: ['PE'] }, { to: 'iom.test-office@1' }),
    ).toMatchObject({ success: true, value: { $kind: 'iom.test-office@1', country: 'PE' } });
    // Version 2 requires its $kind: a payload without one, migrated, is not a valid @2.
    expect(registry.migrate({ country: 'EC' }, { to: 'iom.test-office', from: 1 }).issues[0]?.code).toBe(
      'migration_result_invalid',
    );
    expect(registry.migrate({}, { to: 'iom.test-office@9' }).issues[0]?.code).toBe('payload_kind_version_newer');
    expect(registry.migrate({}, { to: 'iom.nothing@1' }).issues[0]?.code).toBe('payload_kind_unknown');
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ $kind: fc.string() }, { requiredKeys: [] })), (payload) => {
        const result = registry.validate(payload);
        expect(result.success || result.issues.length > 0).toBe(true);
        const migrated = registry.migrate(payload, { to: 'iom.test-office@1' });
        expect(migrated.success || migrated.issues.length > 0).toBe(true);
      }),
    );
  });
});
