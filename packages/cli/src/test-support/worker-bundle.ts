import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packageDir = resolve(import.meta.dirname, '../..');

/**
 * Bundles the test worker (src/test-support/source-worker.ts, domain packages from source) into
 * `.tmp/<folder>/worker.js` and returns its URL, for `main`'s `workerUrl`.
 */
export async function bundleTestWorker(folder: string): Promise<URL> {
  const outDir = join(packageDir, '.tmp', folder);
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'worker.js');
  await build({
    entryPoints: [join(packageDir, 'src/test-support/source-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@iom/source'],
    // @iom packages from source (their `#…` imports too); every other library from node_modules, as in an install.
    plugins: [
      {
        name: 'external-non-iom',
        setup(b) {
          b.onResolve({ filter: /^[^./#]/ }, (args) =>
            args.path.startsWith('@iom/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
    logLevel: 'silent',
  });
  return pathToFileURL(outfile);
}
