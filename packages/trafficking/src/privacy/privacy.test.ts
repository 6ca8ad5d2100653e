import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, arbitraryCaseV1, markedValues } from '../../test/arbitraries.js';
import { fullCase, fullCaseV1 } from '../../test/fixtures.js';
import { TraffickingCase } from '../case.js';
import { TraffickingCaseV1 } from '../case-v1.js';
import { writeCsv } from '../csv.js';
import { toCtdc } from '../ctdc/export.js';
import { classificationTable, classOf, FIELD_CLASSIFICATION, fieldsOfClass } from './classification.js';
import { valuesAt } from './paths.js';
import { importPseudonymKey, pseudonym, pseudonymise } from './pseudonymise.js';
import { redact } from './redact.js';

const DIRECT_VALUES = [
  'CASE-SYNTH-0001',
  'PERSON-SYNTH-0001',
  'Testfirstname',
  'Testsecondname',
  'synthetic.person@example.org',
  '+10000000002',
  'SYNTH Street 1',
  'SYNTH-Floor 2',
  'SYNTH-City',
  'SYNTH-State',
  'SYNTH-00000',
  'SYNTH-perpetrator-name',
  'SYNTH-referral-details',
  '1999-02-03',
];

describe('redact', () => {
  it('removes every direct identifier and keeps the rest', () => {
    const redacted = redact(fullCase);
    const text = JSON.stringify(redacted);
    for (const value of DIRECT_VALUES) expect(text).not.toContain(value);
    for (const path of fieldsOfClass('directIdentifier')) expect(valuesAt(redacted, path)).toEqual([]);
    expect(redacted.person?.gender).toBe('Feminine');
    expect(redacted.exploitation?.types).toEqual(fullCase.exploitation?.types);
    expect(TraffickingCase.safeParse(redacted).success).toBe(true);
  });

  it('removes the direct identifiers of a version-1 record too, its mailing address included', () => {
    const redacted = redact(fullCaseV1);
    const text = JSON.stringify(redacted);
    for (const value of DIRECT_VALUES) expect(text).not.toContain(value);
    expect(redacted.person?.mailingAddress).toEqual({ country: 'CO' });
    expect(TraffickingCaseV1.safeParse(redacted).success).toBe(true);
  });

  it('does not change the record it is given', () => {
    const before = JSON.stringify(fullCase);
    redact(fullCase);
    expect(JSON.stringify(fullCase)).toBe(before);
  });

  it('property: no direct-identifier value appears anywhere in a redacted record', () => {
    fc.assert(
      fc.property(arbitraryCase, (record) => {
        expect(markedValues(record).length).toBeGreaterThan(0);
        expect(markedValues(redact(record))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: nor in a redacted or pseudonymised version-1 record', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCaseV1, async (record) => {
        expect(markedValues(record).length).toBeGreaterThan(0);
        expect(markedValues(redact(record))).toEqual([]);
        expect(markedValues(await pseudonymise(record, 'synthetic-test-key'))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pseudonymise', () => {
  it('gives the same pseudonym for the same person and key, another for another key or person', async () => {
    const a = await pseudonymise(fullCase, 'synthetic-test-key');
    const b = await pseudonymise({ ...fullCase, id: 'CASE-SYNTH-0002' }, 'synthetic-test-key');
    const c = await pseudonymise(fullCase, 'another-synthetic-key');
    const d = await pseudonymise(
      { ...fullCase, person: { ...fullCase.person, id: 'PERSON-SYNTH-0002' } },
      'synthetic-test-key',
    );
    expect(a.person?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(a.person?.id).toBe(b.person?.id);
    expect(a.id).not.toBe(b.id);
    expect(a.person?.id).not.toBe(c.person?.id);
    expect(a.person?.id).not.toBe(d.person?.id);
    const text = JSON.stringify(a);
    for (const value of DIRECT_VALUES) expect(text).not.toContain(value);
    const v1 = await pseudonymise(fullCaseV1, 'synthetic-test-key');
    expect(v1.person?.id).toBe(a.person?.id);
    for (const value of DIRECT_VALUES) expect(JSON.stringify(v1)).not.toContain(value);
  });

  it('is HMAC-SHA-256 by WebCrypto (checked against node:crypto)', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', 'k').update('person\u0000id:X').digest('hex');
    expect(await pseudonym('k', 'person', 'id:X')).toBe(expected);
  });

  it('identifies a person without id by names and birth date, normalised', async () => {
    const one = await pseudonymise({ person: { firstName: 'Testa', secondName: 'Example', birthDate: '2000' } }, 'k1');
    const two = await pseudonymise(
      { person: { firstName: ' testa ', secondName: 'EXAMPLE', birthDate: '2000' } },
      'k1',
    );
    expect(one.person?.id).toBe(two.person?.id);
    expect(one.person?.firstName).toBeUndefined();
  });

  it('accepts byte and CryptoKey keys and refuses an empty key', async () => {
    const bytes = new TextEncoder().encode('k1');
    const key = await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const viaString = await pseudonym('k1', 'case', 'x');
    expect(await pseudonym(bytes, 'case', 'x')).toBe(viaString);
    expect(await pseudonym(key, 'case', 'x')).toBe(viaString);
    await expect(pseudonymise(fullCase, '')).rejects.toThrow(TypeError);
  });
});

describe('classification', () => {
  it('classes names, contacts and birth date as direct identifiers and demographics as quasi-identifiers', () => {
    expect(classOf('person.firstName')).toBe('directIdentifier');
    expect(classOf('person.birthDate')).toBe('directIdentifier');
    expect(classOf('person.gender')).toBe('quasiIdentifier');
    expect(classOf('registrationDate')).toBe('quasiIdentifier');
    expect(classOf('control.methods')).toBe('sensitive');
    expect(classOf('consent.dataForResearch')).toBe('other');
  });

  it('is shown in the README, generated from the data', () => {
    // Cells are compared trimmed, since the formatter pads Markdown tables.
    const normalise = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.trimStart().startsWith('|'))
        .map((line) =>
          line
            .trim()
            .split('|')
            .map((cell) => (/^\s*:?-+:?\s*$/.test(cell) ? '---' : cell.trim()))
            .join('|'),
        )
        .join('\n');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(normalise(readme)).toContain(normalise(classificationTable()));
    expect(classificationTable().split('\n')).toHaveLength(FIELD_CLASSIFICATION.length + 2);
  });
});

describe('CTDC export never carries a direct identifier', () => {
  it('property: no marked identifier value appears in the CTDC rows or CSV, in either layout, from either version', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(arbitraryCase, arbitraryCaseV1), { maxLength: 30 }),
        fc.constantFrom('kanon-2020', 'synthetic-2024'),
        (records, format) => {
          const exported = toCtdc(records, { format, k: 2 });
          const csv = writeCsv(exported.value, Object.keys(exported.value[0] ?? {}));
          expect(markedValues(exported)).toEqual([]);
          expect(markedValues(csv)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('importPseudonymKey', () => {
  it('rejects what is not a key with a clear TypeError, never a crash on a property read', async () => {
    for (const bad of [null, 42, {}, { algorithm: { name: 'AES-GCM' } }, '']) {
      await expect(importPseudonymKey(bad as never)).rejects.toThrow(/pseudonymisation key/);
    }
  });
});
