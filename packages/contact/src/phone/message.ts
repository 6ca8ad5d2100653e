import type { Locale } from '@iom/core';
import type { PhoneNoteCode } from '../codes.js';
import { en } from '../labels/en.js';
import { es } from '../labels/es.js';
import { fr } from '../labels/fr.js';

const templates = { en: en.issues, fr: fr.issues, es: es.issues } as const;

/**
 * The message of a phone note, from the same templates as `contactIssues`. Rendered here rather than
 * through `contactIssues` (built with `defineIssues` of `@iom/core`) so that a bundle importing only
 * `@iom/contact/phone` does not pull in `@iom/core`'s single-file build (country data, date-fns):
 * 56 kB instead of 119 kB min+gzip, measured with esbuild. `message.test.ts` holds the two to the
 * same output.
 */
export function phoneMessage(
  code: PhoneNoteCode,
  locale: Locale,
  args?: Readonly<Record<string, string | number>>,
): string {
  const template = templates[locale][code];
  if (args === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    return value === undefined ? whole : String(value);
  });
}
