// Bundles a script that imports the IOM packages into one ES module for Node, the packages read from
// their TypeScript sources (the `@iom/source` condition), so that nothing needs building first. Every
// other library stays an import, loaded from node_modules as in an install. Used by the bench, the
// long differential and the contracts freeze.
import { build } from 'esbuild';

/** esbuild plugin: bare imports other than `@iom/…` stay imports; `#…` (a package's own imports map) are bundled. */
export const externalNonIom = {
  name: 'external-non-iom',
  setup(b) {
    b.onResolve({ filter: /^[^./#]/ }, (args) =>
      args.path.startsWith('@iom/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Bundles `entry` (TypeScript or JavaScript) into `outfile`, an ES module for Node 20 and later. */
export async function bundleFromSources(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@iom/source'],
    plugins: [externalNonIom],
    logLevel: 'error',
  });
}
