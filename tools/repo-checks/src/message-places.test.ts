import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messagePlaceProblems } from './message-places.js';

const packagesDir = resolve(import.meta.dirname, '../../../packages');

describe('messagePlaceProblems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'message-places-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a catalog outside messages/ and a missing locale file', () => {
    mkdirSync(join(dir, 'src', 'messages'), { recursive: true });
    writeFileSync(join(dir, 'src', 'issues.ts'), 'export const x = defineIssues({ en, fr, es });\n');
    writeFileSync(join(dir, 'src', 'messages', 'en.ts'), 'export const en = {};\n');
    writeFileSync(join(dir, 'src', 'messages', 'fr.ts'), 'export const fr = {};\n');
    expect(messagePlaceProblems(dir)).toEqual([
      { file: join('src', 'issues.ts'), problem: 'catalog outside messages/' },
      { file: join('src', 'messages', 'es.ts'), problem: 'locale file missing' },
    ]);
  });
});

describe('the packages', () => {
  it.each(readdirSync(packagesDir))('%s keeps its messages in src/messages/en.ts, fr.ts, es.ts', (name) => {
    const definedIn = name === 'core' ? join('src', 'issue.ts') : undefined;
    expect(messagePlaceProblems(join(packagesDir, name), definedIn)).toEqual([]);
  });
});
