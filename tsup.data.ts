import type { Options } from 'tsup';

/**
 * Adapts {@link packageBuild}'s configs for a package whose `./data` entry reads JSON files: the
 * unbundled ESM build leaves out `src/data/`, and the data entry gets an ESM build of its own,
 * bundled, so that esbuild inlines the JSON (Node would need import attributes, and warns on JSON
 * modules). Imports of the package itself and of its dependencies stay external, so the data entry
 * shares the main entry's schemas instead of carrying a copy.
 */
export function bundleDataEntry(configs: Options[], dataEntry: string, ownName?: string): Options[] {
  const [esm, ...rest] = configs;
  if (esm === undefined || !Array.isArray(esm.entry)) throw new Error('bundleDataEntry: expected packageBuild configs');
  return [
    { ...esm, entry: [...esm.entry, '!src/data/**'] },
    {
      ...esm,
      entry: { 'data/index': dataEntry },
      bundle: true,
      splitting: false,
      // The declarations come from the first config (its `dts.entry` names every entry point).
      dts: false,
      ...(ownName === undefined ? {} : { external: [ownName] }),
    },
    // The CJS build bundles every entry: the data entry's import of the package itself stays a
    // `require` of the main entry (which may not be built yet while this one bundles).
    ...rest.map((config) => (ownName === undefined ? config : { ...config, external: [ownName] })),
  ];
}
