// `iom convert` on the real packages and the repository's example payloads: every `to…` converter
// of a package that has examples runs on them, and ninjs goes there and back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConverters, loadPackages } from './discover.js';
import { main } from './main.js';
import { EXAMPLES_DIR, loadExamples } from './test-support/examples.js';
import { memoryIo } from './test-support/fixture.js';

const { packages } = await loadPackages();
const converters = findConverters(packages);
const examples = loadExamples();

const run = async (argv: string[], stdin: string[] = []) => {
  const memory = memoryIo(stdin, { cwd: EXAMPLES_DIR });
  const code = await main(argv, memory.io, { packages });
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
};

describe('iom convert on the real packages', () => {
  it('lists every converter the packages export', async () => {
    const result = await run(['convert', '--format', 'json']);
    expect(JSON.parse(result.stdout).map((row: { name: string }) => row.name)).toEqual(converters.map((c) => c.name));
  });

  it('converts the press release examples to ninjs and back, and to JSON-LD', { timeout: 60_000 }, async () => {
    const releases = examples.filter(({ payload }) => (payload as { $kind?: string }).$kind === 'iom.press-release@1');
    expect(releases.length).toBeGreaterThan(0);
    for (const { file, payload } of releases) {
      const ninjs = await run(['convert', 'toNinjs', file]);
      expect(ninjs.code).toBe(0);
      const document = JSON.parse(ninjs.stdout) as { uri?: unknown; language?: unknown };
      expect(typeof document.uri).toBe('string');
      expect(document.language).toBe((payload as { language?: unknown }).language);
      const back = await run(['convert', 'fromNinjs', '-'], [ninjs.stdout]);
      expect(back.code).toBe(0);
      expect(JSON.parse(back.stdout)).toMatchObject({ language: (payload as { language?: unknown }).language });
      const jsonLd = await run(['convert', 'toJsonLd', file, '--locale', 'fr']);
      expect(jsonLd.code).toBe(0);
      expect(JSON.parse(jsonLd.stdout)).toHaveProperty('@context');
    }
  });

  it('refuses an invalid payload before converting it', async () => {
    const [first] = examples.filter(({ payload }) => (payload as { $kind?: string }).$kind === 'iom.press-release@1');
    expect(first).toBeDefined();
    const broken = {
      ...(JSON.parse(readFileSync(join(EXAMPLES_DIR, first?.file ?? ''), 'utf8')) as object),
      language: 42,
    };
    const result = await run(['convert', 'toNinjs', '-'], [JSON.stringify(broken)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('invalid iom.press-release@1');
  });
});
