import { createRequire } from 'node:module';
import type { PapaParse } from './papaparse.js';

// The Node build's papaparse: loaded on the first CSV read or written, not at import. It is a CommonJS
// module, which Node reads through its CommonJS loader (about 15 ms); a bundler reads papaparse.ts.
let api: PapaParse | undefined;

/** papaparse, for `parseCsv` and `writeCsv`, loaded on first use. */
export function papaparse(): PapaParse {
  api ??= createRequire(import.meta.url)('papaparse') as PapaParse;
  return api;
}
