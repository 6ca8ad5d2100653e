import { measureLinearity } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson, hostileKey, hostileString } from './hostile.js';
import { loadEntries, readersOf } from './modules.js';

const readers = readersOf(await loadEntries());

// Options given to every reader: each reader reads the ones it knows (locale, default country, CTDC
// format) and must ignore the rest.
const OPTIONS = [
  { locale: 'en', defaultCountry: 'EC', format: 'synthetic-2024' },
  { locale: 'fr', defaultCountry: 'FR', format: 'kanon-2020' },
  { locale: 'es', format: 'synthetic-2024' },
] as const;

type Reader = (...args: unknown[]) => unknown;

function accepts(read: Reader, input: unknown): boolean {
  try {
    read(input, OPTIONS[0]);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a reader takes, told by trying: any value (it checks the type itself), text, or rows of
 * key/value records (CSV-like importers typed `readonly Record<string, unknown>[]`).
 */
export function inputOf(read: Reader): 'value' | 'text' | 'rows' {
  if (accepts(read, null) && accepts(read, 42) && accepts(read, Object.create(null))) return 'value';
  if (accepts(read, 'Nadia Zelisko, OIM Equateur, +593 2 244 4928, nzelisko@iom.int')) return 'text';
  return 'rows';
}

const rows = fc.array(fc.dictionary(hostileKey, hostileJson, { maxKeys: 8 }), { maxLength: 5 });

/**
 * Bugs found by this suite in other packages, reported to their authors (bench report, issue 8).
 * Each entry turns the failing test into `it.fails`, which fails once the bug is fixed.
 */
const KNOWN_BUGS: Record<string, { readonly throws?: string; readonly slow?: string }> = {};

/** Adversarial text, `size` characters: long runs that make backtracking regexes and naive scanners quadratic. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  'digits and spaces': (size) => '1 '.repeat(size / 2),
  'plus signs and digits': (size) => '+1'.repeat(size / 2),
  'at signs': (size) => '@'.repeat(size),
  'dots and letters': (size) => 'a.'.repeat(size / 2),
  'email-like run': (size) => 'a@a.'.repeat(size / 4),
  'one long word': (size) => 'a'.repeat(size),
  newlines: (size) => '\n'.repeat(size),
  'colons and semicolons': (size) => ':;'.repeat(size / 2),
  'unclosed quotes and commas': (size) => '",'.repeat(size / 2),
  'vcard lines': (size) => 'BEGIN:VCARD\r\nFN:x\r\n'.repeat(size / 20),
  'lone surrogates': (size) => '\ud800a'.repeat(size / 2),
  'tel: and mailto:': (size) => 'tel:mailto:'.repeat(size / 11),
  paragraphs: (size) => 'Quito, 9 de marzo de 2021 – La OIM. '.repeat(size / 36),
};

describe('every reader', () => {
  it('finds readers to test', () => {
    expect(readers.length).toBeGreaterThan(0);
  });

  for (const [name, read] of readers) {
    const input = inputOf(read);
    const known = KNOWN_BUGS[name];
    // A known bug is kept as a failing expectation (it.fails): the suite passes while the bug is there
    // and tells when it is fixed, so the entry can go.
    (known?.throws === undefined ? it : it.fails)(
      `${name}: never throws on hostile ${input === 'value' ? 'values' : input}`,
      () => {
        const arbitrary = input === 'text' ? hostileString : input === 'rows' ? rows : hostileJson;
        fc.assert(
          fc.property(arbitrary, fc.constantFrom(...OPTIONS), (value, options) => {
            read(value, options);
          }),
          { numRuns: 100 },
        );
      },
    );

    if (input === 'rows') continue;
    (known?.slow === undefined ? it : it.fails)(`${name}: stays linear on 1 MB of adversarial text`, async () => {
      const slow: { pattern: string; ratio: number; stepRatio?: number }[] = [];
      for (const [pattern, make] of Object.entries(ADVERSARIAL)) {
        // Linear code takes ~16× longer on 1 MB than on 1/16 MB, quadratic code ~256×: see @iom/test-kit.
        const measure = await measureLinearity({ make, run: (text: string) => read(text, OPTIONS[0]) });
        if (!measure.linear) {
          const stepRatio = measure.stepRatio === undefined ? {} : { stepRatio: Math.round(measure.stepRatio) };
          slow.push({ pattern, ratio: Math.round(measure.ratio), ...stepRatio });
        }
      }
      expect(slow).toEqual([]);
    });
  }
});
