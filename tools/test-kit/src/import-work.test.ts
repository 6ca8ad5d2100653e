import { describe, expect, it } from 'vitest';
import { intlBuiltAtImport } from './import-work.js';

describe('intlBuiltAtImport', () => {
  it('names the Intl constructors a module calls while it loads', async () => {
    expect(await intlBuiltAtImport(() => import('./test-fixtures/eager-intl.js'))).toEqual([
      'DateTimeFormat',
      'ListFormat',
    ]);
  });

  it('gives nothing for a module that builds its formatters on first use', async () => {
    expect(await intlBuiltAtImport(() => import('./test-fixtures/lazy-intl.js'))).toEqual([]);
  });
});
