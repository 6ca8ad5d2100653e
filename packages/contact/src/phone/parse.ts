import { phoneMessage } from './message.js';
import { type ParsePhoneOptions, type PhoneReading, readNumber } from './read.js';
import { scanNumbers } from './scan.js';

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
 * It never invents digits. A number that is not valid today comes back with `valid: false` and a
 * note saying why; when a known numbering-plan change explains it (Ecuador's 6-digit subscriber
 * numbers before 2001–2003), a `phone_legacy_subscriber` note carries a `suggestion`, which is never
 * put in `e164`. Never throws; linear in the length of the text.
 *
 * @example
 * parsePhoneNumbers('Tél. : 593.2.4449.28/29');
 * // two readings, raw '593.2.4449.28/29', e164 '+5932444928' and '+5932444929', valid: false,
 * // each with notes phone_plus_added, phone_too_short and phone_legacy_subscriber
 * // (suggestion '+59322444928' / '+59322444929')
 * parsePhoneNumbers('Tel: +41 22 717 91 11 poste 123 • Fax: +41 22 798 61 50');
 * // [{ e164: '+41227179111', extension: '123', type: 'fixed', valid: true, … },
 * //  { e164: '+41227986150', type: 'fax', valid: true, … }]
 */
export function parsePhoneNumbers(text: string, options: ParsePhoneOptions = {}): PhoneReading[] {
  if (typeof text !== 'string') return [];
  const locale = options.locale ?? 'en';
  return scanNumbers(text).map((written) => {
    const read = readNumber(written.text, options);
    const notes =
      written.ending === undefined
        ? read.notes
        : [
            {
              code: 'phone_alternative_ending' as const,
              message: phoneMessage('phone_alternative_ending', locale, { count: written.ending.length }),
            },
            ...read.notes,
          ];
    const type = written.labelType ?? read.type;
    return {
      raw: written.raw,
      ...(read.e164 === undefined ? {} : { e164: read.e164 }),
      ...(written.extension === undefined ? {} : { extension: written.extension }),
      ...(read.country === undefined ? {} : { country: read.country }),
      ...(type === undefined ? {} : { type }),
      ...(written.label === undefined ? {} : { label: written.label }),
      valid: read.valid,
      notes,
    };
  });
}
