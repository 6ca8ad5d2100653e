import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountryCode } from './country.js';
import { addField, defineMigrationStep, renameField } from './index.js';
import { definePayloadKind, kindField, kindVersions, parseKindRef } from './payload-kind.js';

const title = { en: 'Office', fr: 'Bureau', es: 'Oficina' };
const step = defineMigrationStep({ title, operations: [renameField('country', 'countryCode')] });

describe('payload kinds', () => {
  it('reads id@version references', () => {
    expect(parseKindRef('iom.press-release@1')).toEqual({ id: 'iom.press-release', version: 1 });
    expect(parseKindRef('iom.press-release')).toBeUndefined();
    expect(parseKindRef('IOM@1')).toBeUndefined();
    expect(parseKindRef('iom.x@0')).toBeUndefined();
  });

  it('refuses malformed definitions', () => {
    expect(() => definePayloadKind({ id: 'Bad Id', version: 1, title, schema: z.unknown() })).toThrow(TypeError);
    expect(() => definePayloadKind({ id: 'ok', version: 0, title, schema: z.unknown() })).toThrow(TypeError);
    expect(() => definePayloadKind({ id: 'ok', version: 1.5, title, schema: z.unknown() })).toThrow(TypeError);
  });

  it('gives a kind of one version itself as its only version, full compatibility by default', () => {
    const kind = definePayloadKind({ id: 'iom.test-office', version: 1, title, schema: z.object({}) });
    expect(kind.ref).toBe('iom.test-office@1');
    expect(kind.versions).toEqual([kind]);
    expect(kind.compatibility).toBe('full');
    expect(kind.step).toBeUndefined();
    expect(Object.isFrozen(kind)).toBe(true);
  });

  it('declares every version of a kind, each with its schema and the step from the one before', () => {
    const v1 = z.object({ $kind: kindField('iom.test-office', 1).optional(), country: CountryCode });
    const v2 = z.object({ $kind: kindField('iom.test-office', 2).optional(), countryCode: CountryCode });
    const office = definePayloadKind({
      id: 'iom.test-office',
      title,
      package: '@iom/test',
      compatibility: 'backward',
      versions: [
        { version: 1, schema: v1 },
        { version: 2, schema: v2, step },
      ],
    });
    expect(office.ref).toBe('iom.test-office@2');
    expect(office.schema).toBe(v2);
    expect(office.step).toBe(step);
    expect(office.versions.map((version) => version.ref)).toEqual(['iom.test-office@1', 'iom.test-office@2']);
    const [first] = office.versions;
    expect(first.schema).toBe(v1);
    expect(first.versions).toBe(office.versions);
    expect(first).toMatchObject({ package: '@iom/test', compatibility: 'backward', title });
    expect(Object.isFrozen(office.versions)).toBe(true);
    expect(kindVersions(first)).toBe(office.versions);
  });

  it('refuses versions that skip a number, lack their step, or a step on the first version', () => {
    const schema = z.object({});
    const define = (versions: unknown) => definePayloadKind({ id: 'iom.x', title, versions: versions as never });
    expect(() =>
      define([
        { version: 1, schema },
        { version: 3, schema, step },
      ]),
    ).toThrow(/must follow version 1/);
    expect(() =>
      define([
        { version: 1, schema },
        { version: 2, schema },
      ]),
    ).toThrow(/needs the step/);
    expect(() => define([{ version: 1, schema, step }])).toThrow(/first version/);
    expect(() => define([])).toThrow(/no version/);
    // A kind may start later than 1, once its first versions are retired.
    expect(
      define([
        { version: 3, schema },
        { version: 4, schema, step },
      ]).ref,
    ).toBe('iom.x@4');
  });

  it('takes an added field as a step operation too', () => {
    expect(defineMigrationStep({ title, operations: [addField('note')] }).lossy).toEqual({ up: false, down: true });
  });
});

describe('parseKindRef on hostile input', () => {
  it('refuses over-long references before running its pattern', () => {
    expect(parseKindRef(`${'a.'.repeat(500_000)}a`)).toBeUndefined();
    expect(parseKindRef(`${'a'.repeat(200)}@1`)).toBeUndefined();
  });
});
