import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsidePaths, scanRepository } from './outside-paths.js';

const root = resolve(import.meta.dirname, '../../..');
// Sample literals are built at run time, so that this file does not itself name a path that leaves.
const up = (levels: number) => '../'.repeat(levels);

describe('outsidePaths', () => {
  const fake = '/home/dev/repo';

  it('finds a relative path that climbs out of the repository, with its line', () => {
    const text = `import x from 'y';\nconst t = readFileSync(new URL('${up(4)}shared/corpus/a.txt', import.meta.url));`;
    expect(outsidePaths(fake, 'packages/contact/src/a.test.ts', text)).toEqual([
      { file: 'packages/contact/src/a.test.ts', line: 2, literal: `${up(4)}shared/corpus/a.txt` },
    ]);
  });

  it('finds an absolute path beside the repository', () => {
    expect(outsidePaths(fake, 'scripts/a.mjs', 'read("/home/dev/shared/DESIGN.md")')).toHaveLength(1);
  });

  it('allows paths inside the repository and absolute paths of the machine', () => {
    const text = [
      "new URL('../fixtures/release.txt', import.meta.url)",
      `resolve(import.meta.dirname, '${up(4)}examples')`,
      "const chromium = '/usr/bin/chromium';",
      // Built at run time too: a clone under /tmp would see its own literal as a path beside it.
      `const dir = \`${['', 'tmp', 'x'].join('/')}\`;`,
    ].join('\n');
    expect(outsidePaths(fake, 'packages/cli/src/test-support/examples.ts', text)).toEqual([]);
  });

  it('counts climbing to the folder that holds the repository as leaving it', () => {
    expect(outsidePaths(fake, 'scripts/a.mjs', "resolve(import.meta.dirname, '../..')")).toHaveLength(1);
  });
});

describe('the repository', () => {
  it('names no path outside itself in any test, script, config or source file', () => {
    expect(scanRepository(root)).toEqual([]);
  });
});
