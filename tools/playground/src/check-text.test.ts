import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findKinds, loadPackages } from '@iom/cli';
import { PayloadKindRegistry } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckReport, checkText, MAX_DEPTH, nestingDepth } from './check-text.js';
import { examplesOf } from './examples.js';
import { PLAYGROUND_KINDS } from './kinds.js';

const registry = new PayloadKindRegistry(PLAYGROUND_KINDS);
const examplesDir = resolve(import.meta.dirname, '../../../examples');
const exampleFiles = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:json|ndjson)$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));

function checked(report: CheckReport) {
  if (report.status !== 'checked') throw new Error(`refused: ${report.message}`);
  return report;
}

/** A synthetic case, broken in three places, pretty-printed as a person would paste it. */
const brokenCase = JSON.stringify(
  {
    $kind: 'iom.trafficking-case@1',
    registrationDate: '2021-13-40',
    person: { gender: 'Unknown gender', ageAtRegistration: 22, citizenship: ['EC', 'XX'] },
    consent: { interview: 'yes' },
  },
  null,
  2,
);

describe('the playground knows every kind and has an example of each', () => {
  it('validates the kinds the iom command finds', async () => {
    const { packages } = await loadPackages();
    expect(PLAYGROUND_KINDS.map((kind) => kind.ref).sort()).toEqual(
      findKinds(packages)
        .map((found) => found.kind.ref)
        .sort(),
    );
  });

  it('has an example of every kind in examples/, and each example is valid', async () => {
    const examples = examplesOf(exampleFiles);
    expect(new Set(examples.map((example) => example.kind))).toEqual(new Set(PLAYGROUND_KINDS.map((kind) => kind.ref)));
    for (const example of examples) {
      const report = checked(await checkText(registry, example.text, { locale: 'en' }));
      expect(report.records.length).toBeGreaterThan(0);
      expect(report.records.filter((record) => !record.valid)).toEqual([]);
      expect(report.summary).toMatch(/^Valid: /);
    }
  });
});

describe('checkText', () => {
  it('gives a broken case its issues in French, each at the line of its path', async () => {
    const report = checked(await checkText(registry, brokenCase, { locale: 'fr' }));
    expect(report.format).toBe('json');
    const [record] = report.records;
    expect(record?.valid).toBe(false);
    expect(record?.kind).toBe('iom.trafficking-case@1');
    const lines = brokenCase.split('\n');
    const byPath = new Map(record?.issues.map((issue) => [issue.where, issue]));
    expect([...byPath.keys()].sort()).toEqual(['person.citizenship[1]', 'person.gender', 'registrationDate']);
    for (const issue of record?.issues ?? []) {
      const key = issue.path.filter((segment) => typeof segment === 'string').at(-1) as string;
      if (typeof issue.path.at(-1) === 'string') expect(lines[issue.line - 1]).toContain(`"${key}"`);
      else expect(lines[issue.line - 1]).toContain('"XX"');
    }
    expect(byPath.get('person.gender')?.message).toMatch(/^Doit être l’une des valeurs "Feminine"/);
    expect(byPath.get('person.citizenship[1]')?.message).toBe('XX n’est pas un code de pays ISO 3166-1 attribué');
    expect([...byPath.values()].map((issue) => issue.line)).toEqual([3, 5, 9]);
    expect(report.summary).toBe('Non valide : cette charge utile iom.trafficking-case@1 présente 3 problèmes.');
  });

  it('validates against the kind chosen, whatever $kind says', async () => {
    const report = checked(
      await checkText(registry, '{"title": {"en": "x"}}', { locale: 'en', kind: 'iom.trafficking-case@1' }),
    );
    expect(report.records[0]?.kind).toBe('iom.trafficking-case@1');
  });

  it('says where a text that is not JSON breaks, in the language chosen', async () => {
    const report = checked(await checkText(registry, '{\n  "id": "CASE-1",\n  "person": {,}\n}', { locale: 'es' }));
    expect(report.records).toHaveLength(1);
    const issue = report.records[0]?.issues[0];
    expect(issue).toMatchObject({ line: 3, column: 14, code: 'json_value_expected', path: [] });
    expect(issue?.message).toMatch(/^no es JSON/);
  });

  it('reads NDJSON line by line: each record with its line, broken lines included', async () => {
    const lines = [
      '{"$kind":"iom.trafficking-case@1","id":"CASE-SYNTH-1"}',
      '',
      '{"$kind":"iom.trafficking-case@1","person":{"gender":"X"}}',
      '{"$kind":"iom.trafficking-case@1",}',
      '{"$kind":"iom.unknown@1"}',
    ];
    const report = checked(await checkText(registry, lines.join('\r\n'), { locale: 'en' }));
    expect(report.format).toBe('ndjson');
    expect(report.records.map((record) => [record.line, record.valid, record.issues.map((i) => i.code)])).toEqual([
      [1, true, []],
      [3, false, ['invalid_value']],
      [4, false, ['json_property_name_expected']],
      [5, false, ['payload_kind_unknown']],
    ]);
    expect(report.records[1]?.issues[0]).toMatchObject({ line: 3, column: 45, where: 'person.gender' });
    expect(report.summary).toBe('3 of 4 records are not valid.');
  });

  it('places the issues of a JSON array in their element', async () => {
    const text = '[\n  {"$kind": "iom.trafficking-case@1"},\n  {"$kind": "iom.trafficking-case@1",\n   "status": 7}\n]';
    const report = checked(await checkText(registry, text, { locale: 'en' }));
    expect(report.format).toBe('array');
    expect(report.records[1]?.issues[0]).toMatchObject({ line: 4, column: 4, where: 'status' });
  });

  it('refuses a text too long, too deep, or empty, with a message', async () => {
    expect(await checkText(registry, 'x'.repeat(101), { locale: 'en', maxLength: 100 })).toEqual({
      status: 'refused',
      reason: 'too_large',
      message:
        'The text has 101 characters; the playground reads at most 100. Validate larger inputs with iom validate.',
    });
    const deep = `{"a":${'['.repeat(100_000)}`;
    expect(await checkText(registry, deep, { locale: 'fr' })).toMatchObject({ status: 'refused', reason: 'too_deep' });
    expect(await checkText(registry, ' \n ', { locale: 'es' })).toMatchObject({ status: 'refused', reason: 'empty' });
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a": [[1], {"b": "[[[["}]}', 10)).toBe(3);
    expect(nestingDepth('"\\"[[["', 10)).toBe(0);
    expect(nestingDepth('['.repeat(1000), 5)).toBe(6);
  });

  it('never throws, and places every issue on a line of the text', async () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value, null, 1));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          json,
          fc.array(json).map((lines) => lines.join('\n')),
        ),
        async (text) => {
          const report = await checkText(registry, text, { locale: 'en' });
          if (report.status === 'refused') {
            expect(['empty', 'too_deep']).toContain(report.reason);
            return;
          }
          const lineCount = text.split(/\r\n|\r|\n/).length;
          for (const record of report.records)
            for (const issue of record.issues) {
              expect(issue.line).toBeGreaterThanOrEqual(1);
              expect(issue.line).toBeLessThanOrEqual(lineCount);
            }
        },
      ),
      { numRuns: 300 },
    );
    expect(MAX_DEPTH).toBeGreaterThan(10);
  });
});
