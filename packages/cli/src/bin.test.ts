// End-to-end: the real executable in a child process, with real stdin, stdout, stderr and exit
// code. The bin is bundled from source with esbuild (so the test needs no prior build), with the
// same shebang and format as the published dist/bin.js.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFromSources } from '../../../scripts/bundle-from-sources.mjs';

const packageDir = resolve(import.meta.dirname, '..');
const outDir = join(packageDir, '.tmp', 'bin-test');
const bin = join(outDir, 'bin.js');

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  // @iom packages from source; zod and the other libraries load from node_modules, as in an install.
  await bundleFromSources(join(packageDir, 'src/bin.ts'), bin);
  // The worker thread of --jobs, beside the bin as in dist/.
  await bundleFromSources(join(packageDir, 'src/worker.ts'), join(outDir, 'worker.js'));
}, 60_000);

const iom = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8', cwd: outDir, timeout: 50_000 });

// Each run starts node and imports every installed @iom package: generous timeouts for loaded CI machines.
describe('the iom executable', { timeout: 60_000 }, () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(join(packageDir, 'src/bin.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints usage and exits 2 without a command, 0 with --help', () => {
    const none = iom([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: iom <command>');
    expect(iom(['--help']).status).toBe(0);
  });

  it('exits 2 with the line and column of a file that is not JSON', () => {
    writeFileSync(join(outDir, 'broken.json'), '{\n  "a": 1\n  "b": 2\n}\n');
    const result = iom(['validate', 'broken.json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('broken.json:3:3: not JSON: a comma is expected');
  });

  it('reads NDJSON from a pipe and exits 1 when a record is invalid, in French with --locale fr', () => {
    const result = iom(['validate', '-', '--locale', 'fr', '--format', 'json'], '{"a":1}\n{"$kind":"iom.nothing@1"}\n');
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.line, line.valid, line.issues[0].code])).toEqual([
      [1, false, 'payload_kind_missing'],
      [2, false, 'payload_kind_unknown'],
    ]);
    expect(result.stderr).toContain('2 enregistrement(s)');
  });

  it('checks the rules of a whole record: a structure with a dangling parent, a mission with two heads at once', () => {
    const examples = resolve(packageDir, '../../examples');
    const structure = JSON.parse(readFileSync(join(examples, 'organization/iom-structure.json'), 'utf8'));
    structure.links[0].parent = 'NO_SUCH_UNIT';
    const mission = JSON.parse(readFileSync(join(examples, 'missions/ec.json'), 'utf8'));
    const source = [{ url: 'https://example.org/terms' }];
    mission.chiefsOfMission = [
      { name: 'First Head', validFrom: '2019-01-01', validUntil: '2022-12-31', sources: source },
      { name: 'Second Head', validFrom: '2022-06-01', sources: source },
    ];
    const input = `${JSON.stringify(structure)}\n${JSON.stringify(mission)}\n`;
    const result = iom(['validate', '-', '--format', 'json'], input);
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.valid, line.issues.map((issue: { code: string }) => issue.code)])).toEqual([
      [false, ['org_unknown_unit']],
      [false, ['mission_chiefs_overlap']],
    ]);
    expect(lines[0].issues[0].path).toEqual(['links', 0, 'parent']);
    expect(lines[1].issues[0].path).toEqual(['chiefsOfMission', 1]);
  });

  it('runs a converter that needs options (toCtdc) and refuses it without them, in one line, no stack', () => {
    const cases = resolve(packageDir, '../../examples/trafficking/cases.ndjson');
    const ok = iom(['convert', 'toCtdcCsv', cases, '-o', 'layout=synthetic-2024', '-o', 'k=2']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[0]).toMatch(/^yearOfRegistration,gender,ageBroad,/);
    expect(ok.stdout).not.toContain('CASE-SYNTH');
    const missing = iom(['convert', 'toCtdc', cases, '--locale', 'fr']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      "iom: toCtdc demande l'option layout (-o layout=…) : valeurs admises : kanon-2020, synthetic-2024\n",
    );
    const help = iom(['convert', 'toCtdc', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('-o layout=kanon-2020|synthetic-2024');
  });

  it('validates NDJSON on worker threads (--jobs 2) as on one thread', () => {
    const cases = readFileSync(resolve(packageDir, '../../examples/trafficking/cases.ndjson'), 'utf8');
    // Valid and invalid cases, a line that is not JSON, and a last line without `\n`.
    const input = `${`${cases}{"broken":\n`.repeat(20)}${cases.trim().split('\n')[0]}`;
    const one = iom(['validate', '-', '--format', 'json', '--jobs', '1'], input);
    const two = iom(['validate', '-', '--format', 'json', '--jobs', '2'], input);
    expect(one.status).toBe(2);
    expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, one.stderr]);
    expect(one.stdout.trim().split('\n')).toHaveLength(20 * 4 + 1);
  });

  it('stops quietly, exit 2, when its reader closes the output (| head)', async () => {
    const line = readFileSync(resolve(packageDir, '../../examples/trafficking/cases.ndjson'), 'utf8').split('\n')[0];
    writeFileSync(join(outDir, 'many.ndjson'), `${line}\n`.repeat(20_000));
    const child = spawn(process.execPath, [bin, 'validate', '--format', 'json', 'many.ndjson'], { cwd: outDir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [status] = (await once(child, 'close')) as [number];
    expect(status).toBe(2);
    expect(stderr).toBe('');
  });
});
