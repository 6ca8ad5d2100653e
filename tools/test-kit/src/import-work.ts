import { vi } from 'vitest';

/** Every `Intl` constructor: each builds locale data, which a module must not pay for at import. */
const INTL_CONSTRUCTORS = [
  'Collator',
  'DateTimeFormat',
  'DisplayNames',
  'ListFormat',
  'Locale',
  'NumberFormat',
  'PluralRules',
  'RelativeTimeFormat',
  'Segmenter',
] as const;

/**
 * Imports a module afresh (the test file's module registry reset first) with every `Intl` constructor
 * spied on, and returns the names of those called while it loaded: `[]` when the module builds its
 * formatters on first use, as the IOM packages do.
 *
 * @example
 * expect(await intlBuiltAtImport(() => import('./index.js'))).toEqual([]);
 */
export async function intlBuiltAtImport(load: () => Promise<unknown>): Promise<string[]> {
  vi.resetModules();
  const spies = INTL_CONSTRUCTORS.map((name) => [name, vi.spyOn(Intl, name)] as const);
  try {
    await load();
    return spies.filter(([, spy]) => spy.mock.calls.length > 0).map(([name]) => name);
  } finally {
    for (const [, spy] of spies) spy.mockRestore();
  }
}
