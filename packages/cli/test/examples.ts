import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The repository's `examples/` folder. */
export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../../examples');

/** Every `examples/**.json` file, with its parsed content (an array file gives one entry per element). */
export function loadExamples(): Array<{ file: string; payload: unknown }> {
  let files: string[];
  try {
    files = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return files.sort().flatMap((name) => {
    const path = join(EXAMPLES_DIR, name);
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const file = relative(EXAMPLES_DIR, path);
    return Array.isArray(value) ? value.map((payload) => ({ file, payload })) : [{ file, payload: value }];
  });
}
