import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumbers } from './parse.js';
import type { ParsePhoneOptions } from './read.js';

/** Each number read with its own notes (the issues whose path names it), as most tests look at them. */
function readAll(text: string, options?: ParsePhoneOptions) {
  const { value, issues } = parsePhoneNumbers(text, options);
  return value.map((reading, index) => ({ ...reading, notes: issues.filter((issue) => issue.path[0] === index) }));
}

const corpus = readFileSync(new URL('../../test/iom-ecuador-trafficking-release-fr.txt', import.meta.url), 'utf8');

const codes = (reading: { notes: readonly { code: string }[] }) => reading.notes.map((note) => note.code);

describe('parsePhoneNumbers: the Ecuador release (test/, "Tél. : 593.2.4449.28/29")', () => {
  const line = corpus.split('\n').find((entry) => entry.startsWith('Tél.')) ?? '';

  it('finds the contact line in the scraped release', () => {
    expect(line).toBe('Tél. : 593.2.4449.28/29');
  });

  // 593 | 2 | 444928: calling code, area code, and a 6-digit subscriber number (pre-2001 format).
  // "/29" is an alternative ending: a second number ending in 29. No digit is added to what was
  // written, so both numbers are 7-digit national numbers, one short of today's 8: not valid.
  it('yields two numbers, as written, not valid, each with why', () => {
    const readings = readAll(line);
    expect(readings.map((reading) => reading.e164)).toEqual(['+5932444928', '+5932444929']);
    expect(readings.every((reading) => reading.raw === '593.2.4449.28/29')).toBe(true);
    expect(readings.every((reading) => reading.country === 'EC' && !reading.valid)).toBe(true);
    expect(readings.every((reading) => reading.label === 'Tél. :')).toBe(true);
    expect(codes(readings[0] ?? { notes: [] })).toEqual([
      'phone_plus_added',
      'phone_too_short',
      'phone_legacy_subscriber',
    ]);
    expect(codes(readings[1] ?? { notes: [] })).toEqual([
      'phone_alternative_ending',
      'phone_plus_added',
      'phone_too_short',
      'phone_legacy_subscriber',
    ]);
  });

  it('suggests the modern numbers (2001–2003 "2" prefix) without applying them', () => {
    const readings = readAll(line, { defaultCountry: 'EC' });
    const suggestions = readings.map(
      (reading) => reading.notes.find((note) => note.code === 'phone_legacy_subscriber')?.suggestion,
    );
    expect(suggestions).toEqual(['+59322444928', '+59322444929']);
    expect(readings.map((reading) => reading.e164)).toEqual(['+5932444928', '+5932444929']);
  });

  it('never adds the calling code twice with the default country EC (libphonenumber-js alone gives +5935932444928)', () => {
    const readings = readAll(line, { defaultCountry: 'EC' });
    expect(readings.map((reading) => reading.e164)).toEqual(['+5932444928', '+5932444929']);
  });

  it('gives the notes in French', () => {
    const [first] = readAll(line, { locale: 'fr' });
    expect(first?.notes[1]?.message).toBe('Trop court pour un numéro de EC : le numéro national a 7 chiffres.');
  });

  it('reads the well-formed modern writing of the same office as valid fixed lines', () => {
    const readings = readAll('Tél. : +593 2 444 92 28/29');
    expect(readings.map((reading) => [reading.e164, reading.valid, reading.type])).toEqual([
      ['+59324449228', true, 'fixed'],
      ['+59324449229', true, 'fixed'],
    ]);
  });
});

describe('parsePhoneNumbers: a lenient reader’s shape', () => {
  it('returns { value, issues }, each note an issue { path, code, message } whose path names its number', () => {
    const { value, issues } = parsePhoneNumbers('Tél. : 593.2.4449.28/29', { locale: 'es' });
    expect(value.map((reading) => reading.raw)).toEqual(['593.2.4449.28/29', '593.2.4449.28/29']);
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((issue) => issue.path[0]))).toEqual(new Set([0, 1]));
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(
        issue.code === 'phone_legacy_subscriber'
          ? ['code', 'message', 'path', 'suggestion']
          : ['code', 'message', 'path'],
      );
    }
    expect(parsePhoneNumbers(42 as unknown as string)).toEqual({ value: [], issues: [] });
  });
});

describe('parsePhoneNumbers: what people write', () => {
  it.each([
    ['Tel: +41 22 717 9111', '+41227179111'],
    ['Tel.: +41 22 717 91 11', '+41227179111'],
    ['Tél.\u00A0: +41\u00A022\u00A0717\u00A091\u00A011', '+41227179111'],
    ['Tél.\u202F: +41\u202F22\u202F717\u202F91\u202F11', '+41227179111'],
    ['+41.22.717.91.11', '+41227179111'],
    ['+41 (0)22 717 91 11', '+41227179111'],
    ['+32 (0)2 287 70 00', '+3222877000'],
    ['Teléfono: +593 (0)2 244 4928', '+59322444928'],
    ['(593-2) 244-4928', '+59322444928'],
    ['0041 22 717 91 11', '+41227179111'],
    ['00 41 22 717 91 11', '+41227179111'],
    ['Ｔｅｌ：＋４１ ２２ ７１７ ９１ １１', '+41227179111'],
  ])('%s → %s', (text, e164) => {
    const readings = readAll(text);
    expect(readings).toHaveLength(1);
    expect(readings[0]?.e164).toBe(e164);
    expect(readings[0]?.valid).toBe(true);
  });

  it('reads national numbers with the default country, and says so', () => {
    const [reading] = readAll('Telf.: (02) 244-4928', { defaultCountry: 'EC' });
    expect(reading).toMatchObject({ e164: '+59322444928', country: 'EC', valid: true, type: 'fixed' });
    expect(codes(reading ?? { notes: [] })).toEqual(['phone_default_country']);
  });

  it('gives no e164 to a national number without a default country', () => {
    const [reading] = readAll('Telf.: (02) 244-4928');
    expect(reading?.e164).toBeUndefined();
    expect(reading?.valid).toBe(false);
    expect(codes(reading ?? { notes: [] })).toEqual(['phone_country_unknown']);
  });

  it('reads an international number written without "+"', () => {
    const [reading] = readAll('41 22 717 91 11');
    expect(reading).toMatchObject({ e164: '+41227179111', valid: true });
    expect(codes(reading ?? { notes: [] })).toEqual(['phone_plus_added']);
  });

  it('prefers the national reading when only it is valid', () => {
    // Lucerne's area code is 041, the same digits as Switzerland's calling code: written without the 0,
    // "41 210 12 34" is a national number (+41 41 210 12 34), not +41 210 12 34 (too short).
    const [reading] = readAll('41 210 12 34', { defaultCountry: 'CH' });
    expect(reading).toMatchObject({ e164: '+41412101234', valid: true });
    expect(codes(reading ?? { notes: [] })).toEqual(['phone_default_country']);
  });

  it('reads a national mobile number without its trunk 0', () => {
    const [reading] = readAll('991 234 567', { defaultCountry: 'EC' });
    expect(reading).toMatchObject({ e164: '+593991234567', type: 'mobile', valid: true });
  });

  it.each([
    ['+41 22 717 91 11 ext. 123', '123'],
    ['+41 22 717 91 11 poste 123', '123'],
    ['+41 22 717 91 11, poste 45', '45'],
    ['+593 2 299 4800 anexo 123', '123'],
    ['+593 2 299 4800 ext 7', '7'],
    ['+1 202 555 0123 x204', '204'],
    ['+593 2 299 4800 int. 12', '12'],
  ])('reads the extension of %s', (text, extension) => {
    const readings = readAll(text);
    expect(readings).toHaveLength(1);
    expect(readings[0]?.extension).toBe(extension);
    expect(readings[0]?.raw).toBe(text);
  });

  it('reads several numbers in one string, with their labels', () => {
    const readings = readAll('Tel: +41 22 717 91 11 • Fax: +41 22 798 61 50 ; Portable : +41 79 123 45 67');
    expect(readings.map((reading) => [reading.e164, reading.type, reading.label])).toEqual([
      ['+41227179111', 'fixed', 'Tel:'],
      ['+41227986150', 'fax', 'Fax:'],
      ['+41791234567', 'mobile', 'Portable :'],
    ]);
  });

  it('reads Spanish mobile labels', () => {
    const [cel, movil] = readAll('Cel.: 099 123 4567\nMóvil: 0991234568', { defaultCountry: 'EC' });
    expect(cel).toMatchObject({ e164: '+593991234567', type: 'mobile', label: 'Cel.:' });
    expect(movil).toMatchObject({ e164: '+593991234568', type: 'mobile', label: 'Móvil:' });
  });

  it('does not carry a label over a line break', () => {
    const readings = readAll('Fax: +41 22 798 61 50\n+41 22 717 91 11');
    expect(readings.map((reading) => reading.type)).toEqual(['fax', 'fixed']);
  });

  it.each([
    ['+593 2 444 9228 / 9229', ['+59324449228', '+59324449229']],
    ['+593 2 444 9228/29/30', ['+59324449228', '+59324449229', '+59324449230']],
    ['+593 2 444 9228 al 29', ['+59324449228', '+59324449229']],
    ['+41 22 717 91 11 / +41 22 798 61 50', ['+41227179111', '+41227986150']],
  ])('reads the alternatives of %s', (text, expected) => {
    expect(readAll(text).map((reading) => reading.e164)).toEqual(expected);
  });

  it('explains an invalid number by its length or its plan', () => {
    const [short] = readAll('+41 22 717 91');
    expect(codes(short ?? { notes: [] })).toContain('phone_too_short');
    const [colombia] = readAll('+57 1 639 7777'); // old 8-digit Bogotá number, invalid since 2021
    expect(colombia?.valid).toBe(false);
    expect(codes(colombia ?? { notes: [] })).toEqual(['phone_not_valid']);
  });

  it('reports an unknown calling code without an e164', () => {
    const [reading] = readAll('+999 123 4567');
    expect(reading?.e164).toBeUndefined();
    expect(codes(reading ?? { notes: [] })).toEqual(['phone_calling_code_unknown']);
  });

  it('ignores dates, years and short numbers in running text', () => {
    expect(readAll('Posted: 12.06.2008 - 16:33, the 101 hotline, 175 États membres, 2008-06-12')).toEqual([]);
  });

  it('finds nothing in the release body but the contact line', () => {
    expect(readAll(corpus).map((reading) => reading.raw)).toEqual(['593.2.4449.28/29', '593.2.4449.28/29']);
  });
});
