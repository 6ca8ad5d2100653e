import { describe, expect, it } from 'vitest';
import { formatPhone } from './format.js';
import { isValidPhone } from './valid.js';

describe('formatPhone', () => {
  const quito = { e164: '+59322444928', extension: '123' };

  it.each([
    ['international', '+593 2 244 4928 ext. 123'],
    ['national', '(02) 244-4928 ext. 123'],
    ['e164', '+59322444928'],
    ['rfc3966', 'tel:+593-2-244-4928;ext=123'],
  ] as const)('writes the %s style', (style, expected) => {
    expect(formatPhone(quito, { style })).toBe(expected);
  });

  it('defaults to the international style', () => {
    expect(formatPhone({ e164: '+41227179111' })).toBe('+41 22 717 91 11');
  });

  it('words the extension in the locale', () => {
    expect(formatPhone(quito, { style: 'international', locale: 'fr' })).toBe('+593 2 244 4928 poste 123');
  });

  it('writes a number with an unknown calling code as stored', () => {
    expect(formatPhone({ e164: '+9991234567' }, { style: 'national' })).toBe('+9991234567');
    expect(formatPhone({ e164: '+9991234567', extension: '1' }, { style: 'rfc3966' })).toBe('tel:+9991234567;ext=1');
  });
});

describe('isValidPhone', () => {
  it('checks the numbering plan, which the PhoneNumber schema does not', () => {
    expect(isValidPhone({ e164: '+59322444928' })).toBe(true);
    expect(isValidPhone({ e164: '+5932444928' })).toBe(false);
  });
});
