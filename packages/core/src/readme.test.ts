import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CountryCode } from './country.js';
import { countryName } from './country-name.js';
import { formatDate } from './format-date.js';
import { validate } from './validate.js';

// The README's example, run: its comments must say what the code gives.
describe('README example', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('shows what validate, countryName and formatDate give', () => {
    const issues = validate(CountryCode, 'ecu', 'fr').issues;
    expect(readme).toContain(`// [{ path: [], code: '${issues[0]?.code}', message: '${issues[0]?.message}' }]`);
    expect(readme).toContain(`countryName('PE', 'es'); // '${countryName('PE', 'es')}'`);
    expect(readme).toContain(`formatDate('2023-10-01', 'fr'); // '${formatDate('2023-10-01', 'fr')}'`);
  });
});
