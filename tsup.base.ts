import { defineConfig, type Options } from 'tsup';

/**
 * The build of every published package, from its public entry points (`src/index.ts`, and one file per
 * subpath export).
 *
 * - ESM keeps one output module per source module (no bundling): with `sideEffects: false`, an app's
 *   bundler drops every module it does not use. A single bundled file would keep every module-level
 *   schema (a call, which bundlers must assume has effects) in every app.
 * - CJS is bundled per entry point, so that `require` never loads an ESM file of ours.
 * - Declarations are rolled up per entry point: `.d.ts` for `import`, `.d.cts` for `require`.
 */
export function packageBuild(entry: string[] | Record<string, string>): ReturnType<typeof defineConfig> {
  const common: Options = { sourcemap: true, clean: false, target: 'es2022', dts: { entry } };
  return defineConfig([
    {
      ...common,
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/test-*.ts'],
      bundle: false,
      format: ['esm'],
    },
    { ...common, entry, format: ['cjs'] },
  ]);
}
