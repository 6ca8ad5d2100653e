import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleFromSources } from '../../../scripts/bundle-from-sources.mjs';

const packageDir = resolve(import.meta.dirname, '..');

/**
 * Bundles the test worker (test/source-worker.ts, domain packages from source) into
 * `.tmp/<folder>/worker.js` and returns its URL, for `main`'s `workerUrl`.
 */
export async function bundleTestWorker(folder: string): Promise<URL> {
  const outDir = join(packageDir, '.tmp', folder);
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'worker.js');
  await bundleFromSources(join(packageDir, 'test/source-worker.ts'), outfile);
  return pathToFileURL(outfile);
}
