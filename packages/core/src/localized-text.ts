import * as z from 'zod';
import { withJsonSchema } from './json-schema.js';
import { LOCALES, type Locale } from './locale.js';
import { schemaIssues } from './messages/schema.js';

/**
 * Text written in one or more of IOM's languages.
 *
 * Every language is optional, but at least one must be present and non-blank: content at IOM is
 * usually written in one language first and translated later. Use {@link localize} to read it in a
 * given locale with a fallback.
 *
 * @example
 * const title: LocalizedText = { en: 'Chief of Mission', fr: 'Chef de mission', es: 'Jefe de Misión' };
 */
export const LocalizedText = withJsonSchema(
  z
    .strictObject({
      /** The English text. */
      en: z.string().trim().min(1).optional(),
      /** The French text. */
      fr: z.string().trim().min(1).optional(),
      /** The Spanish text. */
      es: z.string().trim().min(1).optional(),
    })
    .check(
      schemaIssues.check(
        (text: { [L in Locale]?: string | undefined }) => LOCALES.some((locale) => text[locale] !== undefined),
        'localized_text_empty',
      ),
    ),
  () => ({ minProperties: 1 }),
);
/**
 * Text written in one or more of IOM's languages; at least one is present. An explicit object type (not
 * `z.infer`), so that apps using it never instantiate zod's types; `schemas.test-d.ts` holds it equal
 * to what the schema infers.
 */
export type LocalizedText = {
  /** The English text. */
  en?: string | undefined;
  /** The French text. */
  fr?: string | undefined;
  /** The Spanish text. */
  es?: string | undefined;
};

/**
 * The order in which {@link localize} falls back when the requested language is missing: the
 * requested one, then English (IOM's working language), then French, then Spanish.
 */
export const FALLBACK_ORDER: readonly Locale[] = ['en', 'fr', 'es'];

/**
 * Reads a {@link LocalizedText} in `locale`, falling back in the order requested → `en` → `fr` → `es`.
 * Returns `undefined` only for an object that holds no text at all (which the schema rejects).
 *
 * @example
 * localize({ fr: 'Chef de mission' }, 'es'); // 'Chef de mission'
 */
export function localize(text: { readonly [L in Locale]?: string | undefined }, locale: Locale): string | undefined {
  const requested = text[locale];
  if (requested !== undefined && requested !== '') return requested;
  for (const fallback of FALLBACK_ORDER) {
    const value = text[fallback];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}
