// `iom migrate` on the real packages: the bundled iom.press-release@1 examples go up to @2 and back down
// to the files as written.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../test/examples.js';
import { memoryIo } from '../../test/fixture.js';
import { loadPackages } from '../discover.js';
import { main } from '../main.js';

const { packages } = await loadPackages();

const run = async (argv: string[], cwd: string) => {
  const memory = memoryIo([], { cwd });
  const code = await main(argv, memory.io, { packages });
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
};

describe('iom migrate on the press release examples', () => {
  it('brings every @1 example up to a valid @2 and back down to the same file', { timeout: 60_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'iom-migrate-examples-'));
    const press = join(EXAMPLES_DIR, 'press');
    const up = await run(['migrate', '--to', 'iom.press-release@2', press, '--out', join(out, 'v2')], EXAMPLES_DIR);
    expect(up.code).toBe(0);
    const valid = await run(['validate', join(out, 'v2')], EXAMPLES_DIR);
    expect(valid.code).toBe(0);
    expect(valid.stdout).not.toContain('iom migrate');
    const down = await run(['migrate', '--to', 'iom.press-release@1', join(out, 'v2'), '--out', join(out, 'v1')], out);
    expect(down.code).toBe(0);
    const files = readdirSync(press).sort();
    expect(readdirSync(join(out, 'v1')).sort()).toEqual(files);
    for (const name of files) {
      expect(readFileSync(join(out, 'v1', name), 'utf8')).toBe(readFileSync(join(press, name), 'utf8'));
      expect(JSON.parse(readFileSync(join(out, 'v2', name), 'utf8')).$kind).toBe('iom.press-release@2');
    }
  });

  it('tells iom validate that the @1 examples migrate cleanly', async () => {
    const result = await run(['validate', 'press'], EXAMPLES_DIR);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '1 valid record(s) of iom.press-release@1 migrate to iom.press-release@2 without loss: iom migrate --to iom.press-release@2\n',
    );
  });
});
