import { intlBuiltAtImport } from '@iom/test-kit';
import { describe, expect, it } from 'vitest';

// Nothing is computed at import: formatters, tables and heavy dependencies wait for first use
// (bench/ times the cold import; the Node build's lazy dependencies are checked by scripts/consumer-smoke.mjs).
describe('importing @iom/missions', () => {
  it('builds no Intl formatter: @iom/missions', async () => {
    expect(await intlBuiltAtImport(() => import('./index.js'))).toEqual([]);
  });
  it('builds no Intl formatter: @iom/missions/data', async () => {
    expect(await intlBuiltAtImport(() => import('./data/index.js'))).toEqual([]);
  });
});
