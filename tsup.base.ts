import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Resolves a package's own `#name` imports (package.json `imports`) to its sources, for the bundled
 * builds. `variant: 'node'` takes `<file>.node.ts` where one exists: the Node build loads heavy
 * dependencies (date-fns, libphonenumber-js) on first use instead of at import.
 */
function ownImports(variant: 'node' | 'module'): EsbuildPlugin {
  return {
    name: 'iom-own-imports',
    setup(build) {
      const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
        imports?: Record<string, { '@iom/source'?: string }>;
      };
      build.onResolve({ filter: /^#/ }, (args) => {
        const source = manifest.imports?.[args.path]?.['@iom/source'];
        if (source === undefined) return { errors: [{ text: `${args.path} is not in package.json imports` }] };
        const file = join(process.cwd(), source);
        const nodeFile = file.replace(/\.ts$/, '.node.ts');
        return { path: variant === 'node' && existsSync(nodeFile) ? nodeFile : file };
      });
    },
  };
}

/**
 * The build of every published package, from its public entry points (`src/index.ts`, and one file per
 * subpath export).
 *
 * - ESM for bundlers (`import`, and `import.node.module` for a bundler targeting Node) keeps one output
 *   module per source module (no bundling): with `sideEffects: false`, an app's bundler drops every
 *   module it does not use. A single bundled file would keep every module-level schema (a call, which
 *   bundlers must assume has effects) in every app.
 * - ESM for Node itself (`dist/node/`, `import.node.default`: Node never matches `module`) is bundled
 *   per entry point, shared code split into chunks: Node loads ES modules one file at a time, which
 *   cost the module-per-file build about 1 ms per file at import. Dependencies stay external; the
 *   heavy ones load on first use (`ownImports`).
 * - CJS is bundled per entry point, so that `require` never loads an ESM file of ours.
 * - Declarations are rolled up per entry point: `.d.ts` for `import`, `.d.cts` for `require`.
 */
export function packageBuild(entry: string[] | Record<string, string>): ReturnType<typeof defineConfig> {
  const common: Options = { sourcemap: true, clean: false, target: 'es2022', dts: { entry } };
  return defineConfig([
    {
      ...common,
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/test-*.ts', '!src/**/*.node.ts'],
      bundle: false,
      format: ['esm'],
      // Idle here (nothing is bundled), but kept by configs derived from this one that bundle (tsup.data.ts).
      esbuildPlugins: [ownImports('module')],
    },
    {
      ...common,
      entry,
      dts: false,
      format: ['esm'],
      outDir: 'dist/node',
      platform: 'node',
      splitting: true,
      esbuildPlugins: [ownImports('node')],
    },
    { ...common, entry, format: ['cjs'], esbuildPlugins: [ownImports('module')] },
  ]);
}
