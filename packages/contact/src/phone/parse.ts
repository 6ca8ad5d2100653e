import type { Reading } from '@iom/core';
import { phoneMessage } from './message.js';
import { type NoteBody, type ParsePhoneOptions, type PhoneNote, type PhoneReading, readNumber } from './read.js';
import { scanNumbers } from './scan.js';

/** What {@link parsePhoneNumbers} returns: the numbers read, and the notes on them as issues. */
export interface PhoneNumbersReading extends Reading<PhoneReading[]> {
  /** How each number was read and why it is not valid; `path` `[index]` names the number in `value`. */
  readonly issues: readonly PhoneNote[];
}

/**
 * Reads every phone number written in a text, as people write them in English, French and Spanish
 * documents, with libphonenumber-js (`max` metadata) doing the numbering-plan work.
 *
 * Handles labels (`Tel`, `Tél. :`, `Telf.`, `Teléfono`, `Fax`, `Télécopie`, `Cel.`, `Portable`,
 * `Móvil`…; a fax or mobile label sets `type`), no-break and narrow no-break spaces, dots, dashes and
 * brackets, `(0)` after a calling code, the `00` prefix, an international number written without `+`,
 * extensions (`ext.`, `x`, `poste`, `anexo`, `int.`), several numbers in one string, and alternative
 * endings: `…28/29` and `…28 al 29` are two numbers, the second made by replacing the last digits of
 * the first.
 *
 * A lenient reader: it returns `{ value, issues }`, the numbers read and the notes on them, each an
 * issue whose path `[index]` names its number in `value`. It never invents digits. A number that is not
 * valid today comes back with `valid: false` and a note saying why; when a known numbering-plan change explains it (Ecuador's 6-digit subscriber
 * numbers before 2001–2003), a `phone_legacy_subscriber` note carries a `suggestion`, which is never
 * put in `e164`. Never throws; linear in the length of the text.
 *
 * @example
 * parsePhoneNumbers('Tél. : 593.2.4449.28/29');
 * // value: two readings, raw '593.2.4449.28/29', e164 '+5932444928' and '+5932444929', valid: false;
 * // issues: for each, phone_plus_added, phone_too_short and phone_legacy_subscriber
 * // (suggestion '+59322444928' / '+59322444929'), at paths [0] and [1]
 * parsePhoneNumbers('Tel: +41 22 717 91 11 poste 123 • Fax: +41 22 798 61 50').value;
 * // [{ e164: '+41227179111', extension: '123', type: 'fixed', valid: true, … },
 * //  { e164: '+41227986150', type: 'fax', valid: true, … }]
 */
export function parsePhoneNumbers(text: string, options: ParsePhoneOptions = {}): PhoneNumbersReading {
  if (typeof text !== 'string') return { value: [], issues: [] };
  const locale = options.locale ?? 'en';
  const value: PhoneReading[] = [];
  const issues: PhoneNote[] = [];
  scanNumbers(text).forEach((written, index) => {
    const read = readNumber(written.text, options);
    const notes: readonly NoteBody[] =
      written.ending === undefined
        ? read.notes
        : [
            {
              code: 'phone_alternative_ending' as const,
              message: phoneMessage('phone_alternative_ending', locale, { count: written.ending.length }),
            },
            ...read.notes,
          ];
    for (const note of notes) issues.push({ path: [index], ...note });
    const type = written.labelType ?? read.type;
    value.push({
      raw: written.raw,
      ...(read.e164 === undefined ? {} : { e164: read.e164 }),
      ...(written.extension === undefined ? {} : { extension: written.extension }),
      ...(read.country === undefined ? {} : { country: read.country }),
      ...(type === undefined ? {} : { type }),
      ...(written.label === undefined ? {} : { label: written.label }),
      valid: read.valid,
    });
  });
  return { value, issues };
}
