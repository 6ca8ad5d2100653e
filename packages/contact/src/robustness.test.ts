import { expectLinearTime } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContactBlock } from './contact-block.js';
import { extractEmails } from './email-extract.js';
import { parsePhoneNumbers } from './phone/parse.js';
import { fromJCard, fromVCard } from './vcard/read.js';

/** Pieces adversarial text is built from: what each parser looks for, and what breaks naive regexes. */
const PIECES = [
  '0',
  '1',
  '2',
  '9',
  '593',
  '+',
  '00',
  '(0)',
  '(',
  ')',
  '[',
  ']',
  '/',
  '.',
  '-',
  ' ',
  '\u00A0',
  '\u202F',
  '\n',
  '\r\n',
  ',',
  ';',
  ':',
  '•',
  '@',
  'a',
  'Z',
  'ñ',
  '.org',
  'iom.int',
  'mailto:',
  '">',
  '&#64;',
  '&amp;',
  '[at]',
  '(at)',
  ' [ at ] ',
  'Tel',
  'Tél. :',
  'Telf.',
  'Fax:',
  'Cel.',
  'Portable',
  'ext.',
  'poste ',
  'anexo',
  ' al ',
  'E-mail :',
  'BEGIN:VCARD',
  'END:VCARD',
  'TEL;TYPE=cell:tel:+593',
  'ADR;CC=EC:',
  'N:',
  '\\',
  '"',
  '=',
  'FN:',
  'For more information, please contact',
  "Pour plus d'informations, veuillez contacter:",
  'OIM',
  '\uD83D\uDE00',
  '\uFF11',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));
const anyText = fc.oneof(adversarial, fc.string({ unit: 'binary', maxLength: 300 }));

const PARSERS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['parsePhoneNumbers', (text) => parsePhoneNumbers(text, { defaultCountry: 'EC', locale: 'fr' })],
  ['parsePhoneNumbers (no country)', (text) => parsePhoneNumbers(text)],
  ['extractEmails', (text) => extractEmails(text)],
  ['parseContactBlock', (text) => parseContactBlock(text, { locale: 'es', defaultCountry: 'PE' })],
  ['fromVCard', (text) => fromVCard(text)],
];

describe('every parser never throws', () => {
  it.each(PARSERS)('%s', (_name, parse) => {
    fc.assert(
      fc.property(anyText, (text) => {
        parse(text);
      }),
      { numRuns: 300 },
    );
  });

  it('fromJCard on any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constant(['vcard', [['tel', {}, 'uri']]])), (value) => {
        fromJCard(value);
      }),
      { numRuns: 300 },
    );
  });

  it('parsers read non-strings as nothing', () => {
    for (const [, parse] of PARSERS) expect(() => parse(42 as unknown as string)).not.toThrow();
  });
});

/** A text of `size` characters repeating `unit`. */
const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const ADVERSARIAL_UNITS = [
  ['long digit runs', '9'],
  ['digit groups with slashes', '22 444 928/29/'],
  ['numbers with alternatives and extensions', 'Tel: +593 2 444 9228 / 9229 ext. 12 • '],
  ['many brackets', '(('],
  ['bracketed digits', '(0)(1)'],
  ['many @', '@'],
  ['local parts without @', 'abc.def'],
  ['address-like runs', 'a@b.'],
  ['obfuscated @', '[ at ] '],
  ['spaces then a bracket', '      ['],
  // Found by bench/robustness (a hostile string of 200,000 spaces): splitting fields was quadratic in a run of spaces.
  ['long runs of spaces', ' '],
  ['spaces before a field label', '          Tel: '],
  ['entities', '&#64;&amp;'],
  ['labels without values', 'Tél. : E-mail :\n'],
  ['vCard-like lines', 'BEGIN:VCARD\nTEL;TYPE="a,b;c:d":tel:+5932\n'],
  ['unterminated quotes', 'X;A="'],
] as const;

describe('every parser stays linear on 1 MB of adversarial text', () => {
  it.each(ADVERSARIAL_UNITS)(
    '%s',
    async (_name, unit) => {
      for (const [name, parse] of PARSERS) {
        await expectLinearTime(name, { make: (size) => repeat(unit, size), run: parse });
      }
    },
    300_000,
  );
});
