import Papa from 'papaparse';

/** What the CSV reader and writer take from papaparse, however it is loaded. */
export type PapaParse = Pick<typeof Papa, 'parse' | 'unparse'>;

// Imported with the module: what bundlers (the bundlers' build) and the sources use. The Node build
// takes papaparse.node.ts instead (package.json `imports`, tsup.base.ts).
const api: PapaParse = Papa;

/** papaparse, for `parseCsv` and `writeCsv`. */
export function papaparse(): PapaParse {
  return api;
}
