import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __IOM_CLI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  // The library: dual ESM + CJS with declarations, like every package; `records` is the part without Node APIs.
  {
    entry: { index: 'src/index.ts', records: 'src/entry/records.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    define,
  },
  // The executable: ESM only; the shebang in src/bin.ts is kept and the file made executable.
  { entry: ['src/bin.ts'], format: ['esm'], dts: false, sourcemap: true, clean: false, target: 'es2022', define },
]);
