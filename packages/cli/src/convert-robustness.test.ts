// No input makes `iom convert` crash: random JSON records, random text and random options, through
// `main` with the real packages, give exit 0, 1 or 2 with issues or a usage error, never an internal
// error, a stack trace or a thrown promise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../test/fixture.js';
import { findConverters, loadPackages } from './discover.js';
import { main } from './main.js';

const { packages } = await loadPackages();
const converters = findConverters(packages).map((found) => found.converter);

/** A valid value for each option, so that most runs reach the converter. */
function validOptions(name: string): string[] {
  const converter = converters.find((c) => c.name === name);
  return (converter?.options ?? []).flatMap((option) =>
    option.required ? ['-o', `${option.name}=${option.values?.[0] ?? ''}`] : [],
  );
}

const record = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom('$kind', 'id', 'title', 'language', 'person', 'consent', 'yearOfRegistration', 'gender', 'FN'),
    fc.oneof(
      fc.constantFrom('iom.trafficking-case@1', 'iom.press-release@1', 'iom.contact-point@1', 'yes', '-99', null),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  ),
);
const input = fc.oneof(
  fc.array(record, { maxLength: 4 }).map((records) => records.map((r) => JSON.stringify(r)).join('\n')),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('BEGIN:VCARD\nFN:A\nEND:VCARD', 'a,b\n1,2\n', '["vcard",[]]', '[null]', 'null', '[[1]]'),
);
const option = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('layout=kanon-2020', 'k=0', 'k=99999999999999999999', 'version=3.1', 'at=2024-02-30', 'x=', '='),
);

/** Runs `iom convert` and checks that it ended as the command's own decision, not a crash. */
async function expectNoCrash(name: string, text: string, options: string[]): Promise<void> {
  const memory = memoryIo([text]);
  const code = await main(['convert', name, '-', ...options], memory.io, { packages });
  const stderr = memory.stderr();
  expect([0, 1, 2]).toContain(code);
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('iom convert on hostile input', () => {
  it('reads counterexamples found before as any other input', async () => {
    // fromCtdc read a null row's keys (found by the property below, seed 748199485).
    await expectNoCrash('fromCtdc', '[null]', ['-o', 'layout=kanon-2020']);
    await expectNoCrash('fromHtcds', '[null, 1, "x"]', []);
  });

  it('never fails with an internal error or a stack trace', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...converters.map((c) => c.name)),
        input,
        fc.array(option, { maxLength: 2 }),
        fc.boolean(),
        async (name, text, extra, withValidOptions) => {
          const options = [...(withValidOptions ? validOptions(name) : []), ...extra.flatMap((o) => ['-o', o])];
          await expectNoCrash(name, text, options);
        },
      ),
      { numRuns: 300, verbose: true },
    );
  });
});
