import { intlBuiltAtImport } from '@iom/test-kit';
import { describe, expect, it } from 'vitest';

// Nothing is computed at import: formatters, tables and heavy dependencies wait for first use
// (bench/ times the cold import; the Node build's lazy dependencies are checked by scripts/consumer-smoke.mjs).
describe('importing @iom/press', () => {
  it('builds no Intl formatter: @iom/press', async () => {
    expect(await intlBuiltAtImport(() => import('./index.js'))).toEqual([]);
  });
});
