import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PayloadKind } from '@iom/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { checkContracts, contractOf, versionsOf } from './check.js';
import { contractFile, KIND_PACKAGES, loadChangesets, loadPackage, packageDir, REPOSITORY_ROOT } from './workspace.js';

// The check on the repository itself: every kind of every package against its frozen contracts.
describe('payload contracts of the repository', () => {
  const changesets = loadChangesets();

  for (const name of Object.keys(KIND_PACKAGES)) {
    it(`${name}: every version keeps its contract, and every new version is announced`, () => {
      const problems = checkContracts(loadPackage(name), changesets);
      expect(problems.map((problem) => problem.message)).toEqual([]);
    });
  }

  it('has a frozen contract for every version of every kind, written by the freeze script', () => {
    for (const name of Object.keys(KIND_PACKAGES)) {
      const pkg = loadPackage(name);
      const dir = packageDir(name);
      for (const kind of versionsOf(pkg.kinds)) {
        const file = contractFile(dir, kind.ref);
        expect(existsSync(file), `${kind.ref}: run npm run contracts`).toBe(true);
        // Written by the script (two-space JSON of toJsonSchema), never by hand.
        expect(readFileSync(file, 'utf8').endsWith('\n}\n')).toBe(true);
      }
    }
    expect(contractOf(loadPackage('@iom/press').kinds[0] as never)).toHaveProperty('$schema');
  });

  it('knows every package of the repository that exports a payload kind', () => {
    const withKinds = readdirSync(join(REPOSITORY_ROOT, 'packages')).filter((folder) =>
      readdirSync(join(REPOSITORY_ROOT, 'packages', folder, 'src'), { recursive: true, encoding: 'utf8' }).some(
        (file) =>
          file.endsWith('.ts') &&
          !file.endsWith('.test.ts') &&
          /definePayloadKind\(/.test(readFileSync(join(REPOSITORY_ROOT, 'packages', folder, 'src', file), 'utf8')) &&
          folder !== 'core' &&
          folder !== 'cli',
      ),
    );
    const known = Object.keys(KIND_PACKAGES).map((name) => packageDir(name).split(/[\\/]/).pop());
    expect(withKinds.sort()).toEqual(known.sort());
  });
});

describe('the check on a real kind', () => {
  const loaded = loadPackage('@iom/press');
  const v1 = loaded.kinds.flatMap((kind) => kind.versions).find((kind) => kind.ref === 'iom.press-release@1');
  // Version 1 alone, as frozen.
  const press = {
    ...loaded,
    frozen: new Map([['iom.press-release@1', loaded.frozen.get('iom.press-release@1') ?? {}]]),
  };

  it('fails iom.press-release@1 with a field made required, passes it with an optional field added', async () => {
    const { definePayloadKind } = await import('@iom/core');
    const { PressReleaseV1Shape } = await import('@iom/press');
    const edited = (schema: z.ZodType) =>
      definePayloadKind({ id: 'iom.press-release', version: 1, title: (v1 as PayloadKind).title, schema });
    const required = checkContracts({ ...press, kinds: [edited(PressReleaseV1Shape.required({ summary: true }))] }, []);
    expect(required.map((problem) => problem.ref)).toEqual(['iom.press-release@1']);
    expect(required[0]?.breaks?.map((b) => [b.direction, b.pointer])).toEqual([['backward', '/required/6']]);
    const optional = PressReleaseV1Shape.extend({ lead: z.string().optional() });
    expect(checkContracts({ ...press, kinds: [edited(optional)] }, [])).toEqual([]);
  });
});
