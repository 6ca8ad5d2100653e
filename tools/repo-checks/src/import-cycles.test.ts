import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, moduleGraph } from './import-cycles.js';

const packagesDir = resolve(import.meta.dirname, '../../../packages');

describe('importCycles', () => {
  it('finds a cycle of three modules and a self-import, and nothing in a tree', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('the packages', () => {
  const packages = readdirSync(packagesDir);

  it.each(packages)('%s has no import cycle among its modules, type-only imports included', (name) => {
    const graph = moduleGraph(join(packagesDir, name, 'src'));
    expect(graph.size).toBeGreaterThan(0);
    expect(importCycles(graph)).toEqual([]);
  });
});
