import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineMigrationStep, definePayloadKind, kindField, removeField, renameField } from '@iom/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { memoryIo } from '../../test/fixture.js';
import type { LoadedPackage } from '../discover.js';
import { main } from '../main.js';
import type { MigrateRecordResult } from './migrate.js';

const title = { en: 'Memo', fr: 'Mémo', es: 'Memo' };
// A kind of two versions: version 2 renames `text` to `body` and has no `draft` field.
const memoKind = definePayloadKind({
  id: 'test.memo',
  title,
  package: '@test/memos',
  versions: [
    {
      version: 1,
      schema: z.object({ $kind: kindField('test.memo', 1), text: z.string().min(1), draft: z.boolean().optional() }),
    },
    {
      version: 2,
      schema: z.object({ $kind: kindField('test.memo', 2), body: z.string().min(1) }),
      step: defineMigrationStep({
        title: { en: 'Body', fr: 'Corps', es: 'Cuerpo' },
        operations: [renameField('text', 'body'), removeField('draft', false)],
      }),
    },
  ],
});
const memos: LoadedPackage = { name: '@test/memos', exports: { memoKind } };

const dir = mkdtempSync(join(tmpdir(), 'iom-migrate-'));
const file = (name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
  return name;
};
const run = async (argv: string[], stdin: string[] = []) => {
  const memory = memoryIo(stdin, { cwd: dir });
  const code = await main(argv, memory.io, { packages: [memos] });
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
};

const v1 = (text: string, extra: object = {}) => ({ $kind: 'test.memo@1', text, ...extra });

describe('iom migrate', () => {
  it('writes each migrated payload to standard output, one per line, and the report to standard error', async () => {
    const name = file('memos.ndjson', `${JSON.stringify(v1('a'))}\n${JSON.stringify(v1('b', { draft: false }))}\n`);
    const result = await run(['migrate', '--to', 'test.memo@2', name]);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { $kind: 'test.memo@2', body: 'a' },
      { $kind: 'test.memo@2', body: 'b' },
    ]);
    expect(result.stderr).toContain(
      'memos.ndjson:1 [0]: test.memo@1 → test.memo@2\n  test.memo@1 → test.memo@2: Body\n',
    );
    expect(result.stderr).toContain('    text  migration_renamed  Renamed text to body\n');
    expect(result.stderr).toContain('    draft  migration_removed  Removed; it held its default value\n');
    expect(result.stderr).toContain('memos.ndjson: 2 record(s): 2 migrated, 0 not migrated\n');
  });

  it('refuses a loss unless allowed, exits 1, and names every dropped value in the chosen language', async () => {
    const name = file('lossy.json', JSON.stringify([v1('a', { draft: true }), v1('b')]));
    const refused = await run(['migrate', '--to', 'test.memo', name, '--locale', 'fr']);
    expect(refused.code).toBe(1);
    expect(
      refused.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ $kind: 'test.memo@2', body: 'b' }]);
    expect(refused.stderr).toContain('lossy.json:1 [0]: non migré vers test.memo@2\n');
    expect(refused.stderr).toContain(
      '  draft  migration_loss_refused  La migration vers test.memo@2 abandonnerait cette valeur\u00a0; autorisez les pertes pour continuer\n',
    );
    expect(refused.stderr).toContain('lossy.json: 2 enregistrement(s) : 1 migré(s), 1 non migré(s)\n');
    const allowed = await run(['migrate', '--to', 'test.memo@2', '--allow-loss', name]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout.trim().split('\n')).toHaveLength(2);
    expect(allowed.stderr).toContain('    draft  migration_value_dropped  Dropped on the way to test.memo@2');
    expect(allowed.stderr).toContain('2 migrated, 0 not migrated, 1 value(s) dropped\n');
  });

  it('migrates down as well, and reads standard input', async () => {
    const result = await run(
      ['migrate', '--to', 'test.memo@1', '-'],
      [JSON.stringify({ $kind: 'test.memo@2', body: 'x' })],
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ $kind: 'test.memo@1', text: 'x', draft: false });
  });

  it('writes one result per record with --format json, payload included', async () => {
    const name = file('one.json', JSON.stringify(v1('a')));
    const result = await run(['migrate', '--to', 'test.memo@2', name, '--format', 'json']);
    const line = JSON.parse(result.stdout) as MigrateRecordResult;
    expect(line).toMatchObject({
      file: 'one.json',
      record: 0,
      line: 1,
      from: 'test.memo@1',
      to: 'test.memo@2',
      migrated: true,
      value: { $kind: 'test.memo@2', body: 'a' },
      issues: [],
    });
    expect(line.steps[0]?.changes.map((change) => change.code)).toEqual(['migration_renamed']);
  });

  it('writes files in their own layout with --out, and none whose records did not all migrate', async () => {
    file('in/a.json', `${JSON.stringify(v1('a'), null, 2)}\n`);
    file('in/sub/b.json', JSON.stringify([v1('b'), v1('c')]));
    file('in/c.ndjson', `${JSON.stringify(v1('d', { draft: true }))}\n`);
    const result = await run(['migrate', '--to', 'test.memo@2', 'in', '--out', 'out']);
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'out/a.json'), 'utf8')).toBe(
      `${JSON.stringify({ $kind: 'test.memo@2', body: 'a' }, null, 2)}\n`,
    );
    expect(JSON.parse(readFileSync(join(dir, 'out/sub/b.json'), 'utf8'))).toEqual([
      { $kind: 'test.memo@2', body: 'b' },
      { $kind: 'test.memo@2', body: 'c' },
    ]);
    expect(existsSync(join(dir, 'out/c.ndjson'))).toBe(false);
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.json', 'sub']);
    expect(result.stdout).toContain('wrote out/a.json\n');
    expect(result.stdout).toContain('out/c.ndjson not written: some records could not be migrated\n');
  });

  it('says what is wrong with the command line', async () => {
    expect((await run(['migrate', 'x.json'])).stderr).toContain('--to iom.press-release@2');
    expect((await run(['migrate', '--to', 'test.nothing@1', 'x.json'])).code).toBe(2);
    expect((await run(['migrate', '--to', 'test.memo@2', '-', '--out', 'o'])).code).toBe(2);
    const broken = file('broken.ndjson', '{"$kind": "test.memo@1", "text": "a"}\n{oops\n');
    const result = await run(['migrate', '--to', 'test.memo@2', broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.ndjson:2:2: not JSON');
  });

  it('never echoes a value that is not a kind reference', async () => {
    const secret = 'Maria-Secret-Victim-Name';
    const name = file('secret.json', JSON.stringify({ $kind: secret, text: secret }));
    const result = await run(['migrate', '--to', 'test.memo@2', name, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  });
});

describe('iom validate and iom kinds know every version', () => {
  it('lists every version of a kind', async () => {
    const result = await run(['kinds']);
    expect(result.stdout).toBe('test.memo@1\t@test/memos\tMemo\ntest.memo@2\t@test/memos\tMemo\n');
  });

  it('says when valid records of an older version migrate cleanly, and when they would lose values', async () => {
    const name = file(
      'old.ndjson',
      [v1('a'), v1('b'), v1('c', { draft: true })].map((m) => JSON.stringify(m)).join('\n'),
    );
    const result = await run(['validate', name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'old.ndjson: 3 record(s): 3 valid, 0 invalid\n' +
        '2 valid record(s) of test.memo@1 migrate to test.memo@2 without loss: iom migrate --to test.memo@2\n' +
        '1 valid record(s) of test.memo@1 would lose values migrating to test.memo@2: iom migrate --to test.memo@2 says which\n',
    );
    const latest = file('new.json', JSON.stringify({ $kind: 'test.memo@2', body: 'x' }));
    expect((await run(['validate', latest])).stdout).toBe('new.json: 1 record(s): 1 valid, 0 invalid\n');
    const newer = file('newer.json', JSON.stringify({ $kind: 'test.memo@3', body: 'x' }));
    expect((await run(['validate', newer])).stdout).toContain(
      'test.memo@3 is newer than the versions installed (1, 2): upgrade @test/memos',
    );
  });
});
