import { migrate, type PostalAddress } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, arbitraryCaseV1, markedValues } from '../test/arbitraries.js';
import { fullCase, fullCaseV1 } from '../test/fixtures.js';
import { TraffickingCase } from './case.js';
import { TraffickingCaseV1 } from './case-v1.js';
import { traffickingCaseKind, traffickingCaseKindV1 } from './kind.js';
import type { AddressV1 } from './schema-v1.js';

const up = (record: unknown, allowLoss = false) => migrate(record, { to: traffickingCaseKind, allowLoss });
const down = (record: unknown, allowLoss = false) => migrate(record, { to: traffickingCaseKindV1, allowLoss });
const paths = (lost: readonly (readonly (string | number)[])[]) => lost.map((path) => path.join('.')).sort();
const ADDRESS = 'person.mailingAddress';

describe('iom.trafficking-case@1 → @2: the mailing address', () => {
  it('becomes a PostalAddress, field by field, and comes back down as written', () => {
    const result = up(fullCaseV1, false);
    expect(result).toMatchObject({ success: true, issues: [], lost: [] });
    expect(result.value).toEqual(fullCase);
    expect(result.steps[0]?.changes.map((change) => [change.code, change.path.join('.')])).toEqual([
      ['migration_renamed', `${ADDRESS}.city`],
      ['migration_renamed', `${ADDRESS}.state`],
      ['migration_renamed', `${ADDRESS}.street`],
      ['migration_converted', `${ADDRESS}.street`],
    ]);
    const back = down(result.value);
    expect(back).toMatchObject({ success: true, lost: [] });
    expect(back.value).toEqual(fullCaseV1);
  });

  it('refuses to lose an address without a country, or text of spaces only, and names each loss by its path', () => {
    const record = {
      $kind: 'iom.trafficking-case@1',
      person: {
        gender: 'Feminine',
        mailingAddress: { street: 'ZZstreetSYNTHQQ', city: ' ', postalCode: 'ZZpostalSYNTHQQ' },
      },
    } as const;
    expect(TraffickingCaseV1.safeParse(record).success).toBe(true);
    const refused = up(record, false);
    expect(refused.success).toBe(false);
    expect(refused.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['migration_loss_refused', `${ADDRESS}.city`],
      ['migration_loss_refused', `${ADDRESS}.street`],
      ['migration_loss_refused', `${ADDRESS}.postalCode`],
    ]);
    const allowed = up(record, true);
    expect(allowed.success).toBe(true);
    expect(allowed.value).toEqual({ $kind: 'iom.trafficking-case@2', person: { gender: 'Feminine' } });
    expect(paths(allowed.lost)).toEqual([`${ADDRESS}.city`, `${ADDRESS}.postalCode`, `${ADDRESS}.street`]);
    // A victim's data: no message repeats a value.
    expect(markedValues([refused.issues, allowed.issues, allowed.steps].flat().map(String))).toEqual([]);
    expect(markedValues(JSON.stringify([refused.issues, allowed.issues, allowed.steps]))).toEqual([]);
  });

  it('splits the street at line breaks, leaving out blank lines, and says it changed it', () => {
    const record = {
      person: { mailingAddress: { street: 'SYNTH Street 1\r\n\r\n SYNTH-Floor 2 ', country: 'EC' } },
    };
    const result = migrate(record, { to: traffickingCaseKind, from: 1 });
    expect(result).toMatchObject({ success: true, lost: [] });
    expect(result.value?.person?.mailingAddress).toEqual({
      streetLines: ['SYNTH Street 1', ' SYNTH-Floor 2 '],
      country: 'EC',
    });
    expect(result.steps[0]?.changes.map((change) => [change.code, change.path.join('.')])).toContainEqual([
      'migration_converted',
      `${ADDRESS}.street`,
    ]);
    const back = migrate(result.value, { to: traffickingCaseKindV1, from: 2 });
    expect(back.value?.person?.mailingAddress).toEqual({
      street: 'SYNTH Street 1\n SYNTH-Floor 2 ',
      country: 'EC',
    });
  });

  it('removes an empty address, which holds nothing to lose', () => {
    const result = migrate({ person: { mailingAddress: {} } }, { to: traffickingCaseKind, from: 1 });
    expect(result).toMatchObject({ success: true, lost: [], value: { person: {} } });
    expect(result.steps[0]?.changes.map((change) => change.code)).toEqual(['migration_converted']);
  });

  it('renames the address fields marked not collected, both ways', () => {
    const record = {
      $kind: 'iom.trafficking-case@1',
      person: { mailingAddress: { country: 'EC' } },
      notCollected: [
        `${ADDRESS}.street`,
        'person.email',
        `${ADDRESS}.city`,
        `${ADDRESS}.state`,
        `${ADDRESS}.postalCode`,
      ],
    };
    const result = up(record);
    expect(result.value?.notCollected).toEqual([
      `${ADDRESS}.streetLines`,
      'person.email',
      `${ADDRESS}.locality`,
      `${ADDRESS}.region`,
      `${ADDRESS}.postalCode`,
    ]);
    expect(down(result.value).value).toEqual(record);
  });
});

describe('iom.trafficking-case@2 → @1: the mailing address', () => {
  const current = (address: PostalAddress) => ({
    $kind: 'iom.trafficking-case@2' as const,
    person: { mailingAddress: address },
  });

  it('writes a PO box as the last street line and a subdivision as the state, losing nothing', () => {
    const result = down(
      current({ country: 'EC', streetLines: ['SYNTH Street 1'], poBox: 'SYNTH-Casilla 17', subdivision: 'EC-P' }),
    );
    expect(result).toMatchObject({ success: true, lost: [] });
    expect(result.value?.person?.mailingAddress).toEqual({
      country: 'EC',
      street: 'SYNTH Street 1\nSYNTH-Casilla 17',
      state: 'EC-P',
    });
  });

  it('refuses to lose a subdivision beside a region', () => {
    const record = current({ country: 'EC', region: 'SYNTH-Region', subdivision: 'EC-P' });
    expect(down(record)).toMatchObject({
      success: false,
      issues: [{ code: 'migration_loss_refused', path: ['person', 'mailingAddress', 'subdivision'] }],
    });
    const allowed = down(record, true);
    expect(allowed.value?.person?.mailingAddress).toEqual({ country: 'EC', state: 'SYNTH-Region' });
  });

  it('removes an empty list of street lines, which holds nothing', () => {
    const result = down(current({ country: 'EC', streetLines: [] }));
    expect(result).toMatchObject({ success: true, lost: [] });
    expect(result.value?.person?.mailingAddress).toEqual({ country: 'EC' });
  });
});

/** Text a version-1 address may hold: marked text, lines with blank ones and CR LF, or spaces only. */
const textV1 = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{4,8}$/).map((text) => `ZZtext${text}QQ`),
  fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9]{4,8}$/).map((text) => `ZZline${text}QQ`),
        fc.constant(' '),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end))),
  fc.constantFrom(' ', '\t', ' \n '),
);
const addressV1 = fc.record(
  {
    street: textV1,
    city: textV1,
    state: textV1,
    postalCode: textV1,
    country: fc.constantFrom('EC', 'PE', 'CO'),
  },
  { requiredKeys: [] },
);
// The arbitrary cases may break a cross-field rule: the way up and down starts from a valid payload.
const validCaseV1 = arbitraryCaseV1.filter((record) => TraffickingCaseV1.safeParse(record).success);
const validCase = arbitraryCase.filter((record) => TraffickingCase.safeParse(record).success);
/** Version-1 records whose address has a country: nothing in them is lost on the way up. */
const cleanCaseV1 = validCaseV1.filter((record) => record.person?.mailingAddress?.country !== undefined);

/** Valid version-1 records with any address version 1 takes. */
const anyCaseV1 = fc
  .tuple(validCaseV1, addressV1)
  .map(([record, mailingAddress]) => ({ ...record, person: { ...record.person, mailingAddress } }));

const blank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/** What the way up must give of a version-1 address: the version-2 address, and the fields lost. */
function expectedUp(address: AddressV1): { address: PostalAddress | undefined; lost: string[] } {
  const kept = Object.entries(address).filter(([, value]) => !blank(value));
  const lost = Object.entries(address)
    .filter(([, value]) => blank(value))
    .map(([key]) => key);
  if (address.country === undefined) return { address: undefined, lost: [...lost, ...kept.map(([key]) => key)] };
  const names: Record<string, string> = { street: 'streetLines', city: 'locality', state: 'region' };
  const result = Object.fromEntries(
    kept.map(([key, value]) => [
      names[key] ?? key,
      key === 'street'
        ? String(value)
            .split(/\r\n|\r|\n/)
            .filter((line) => line.trim() !== '')
        : value,
    ]),
  );
  return { address: result as PostalAddress, lost };
}

describe('postalAddressStep, properties', () => {
  it('gives every valid @1 record with a clean address back, down after up, byte for byte', () => {
    fc.assert(
      fc.property(cleanCaseV1, (record) => {
        expect(TraffickingCaseV1.safeParse(record).success).toBe(true);
        const result = migrate(record, { to: traffickingCaseKind, from: 1 });
        expect(result.success && result.lost).toEqual([]);
        expect(TraffickingCase.safeParse(result.value).success).toBe(true);
        const back = migrate(result.value, { to: traffickingCaseKindV1, from: 2 });
        expect(back.lost).toEqual([]);
        expect(JSON.stringify(back.value)).toBe(JSON.stringify(record));
      }),
      { numRuns: 200 },
    );
  });

  it('names, for any valid @1 record, exactly the values it cannot keep, and keeps the others', () => {
    fc.assert(
      fc.property(anyCaseV1, (record) => {
        expect(TraffickingCaseV1.safeParse(record).success).toBe(true);
        const expected = expectedUp(record.person.mailingAddress);
        const refused = migrate(record, { to: traffickingCaseKind, from: 1 });
        expect(paths(refused.lost)).toEqual(expected.lost.map((key) => `${ADDRESS}.${key}`).sort());
        expect(refused.success).toBe(expected.lost.length === 0);
        const allowed = migrate(record, { to: traffickingCaseKind, from: 1, allowLoss: true });
        expect(allowed.success).toBe(true);
        expect(allowed.value?.person?.mailingAddress).toEqual(expected.address);
        expect(TraffickingCase.safeParse(allowed.value).success).toBe(true);
        expect(markedValues(JSON.stringify([refused.issues, allowed.issues, allowed.steps]))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every @2 record made from @1 back, up after down', () => {
    fc.assert(
      fc.property(cleanCaseV1, (record) => {
        const current = migrate(record, { to: traffickingCaseKind, from: 1 }).value;
        const back = migrate(current, { to: traffickingCaseKindV1, from: 2 });
        expect(back.lost).toEqual([]);
        expect(migrate(back.value, { to: traffickingCaseKind, from: 1 }).value).toEqual(current);
      }),
      { numRuns: 200 },
    );
  });

  it('loses, on the way down from any valid @2 record, only a subdivision beside a region', () => {
    fc.assert(
      fc.property(validCase, (record) => {
        const address = record.person?.mailingAddress;
        const result = migrate(record, { to: traffickingCaseKindV1, from: 2, allowLoss: true });
        expect(result.success).toBe(true);
        const both = address?.region !== undefined && address.subdivision !== undefined;
        expect(paths(result.lost)).toEqual(both ? [`${ADDRESS}.subdivision`] : []);
        const lines = [...(address?.streetLines ?? []), ...(address?.poBox === undefined ? [] : [address.poBox])];
        const written = (result.value as TraffickingCaseV1 | undefined)?.person?.mailingAddress;
        expect(written?.street).toBe(lines.length === 0 ? undefined : lines.join('\n'));
        expect(written?.state).toBe(address?.region ?? address?.subdivision);
        expect(written?.city).toBe(address?.locality);
      }),
      { numRuns: 200 },
    );
  });
});
