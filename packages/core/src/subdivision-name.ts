import { iso31662 } from 'iso-3166/2.js';

// The names come straight from the maintained `iso-3166` package: the whole table, about 60 kB in a
// browser bundle (min+gzip), which is why they sit behind `@iom/core/subdivision-names`. The map is
// built on first use, never at import.
let names: ReadonlyMap<string, string> | undefined;

/**
 * The subdivision's name as ISO 3166-2 gives it, usually in the country's own language
 * (`EC-I` → `Imbabura`); `undefined` for an unknown code.
 *
 * @example
 * import { subdivisionName } from '@iom/core/subdivision-names';
 * subdivisionName('EC-I'); // 'Imbabura'
 */
export function subdivisionName(code: string): string | undefined {
  names ??= new Map(iso31662.map((entry) => [entry.code, entry.name]));
  return names.get(code);
}
