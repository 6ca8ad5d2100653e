import * as z from 'zod';

/**
 * The languages every IOM package speaks: English, French and Spanish, IOM's official languages,
 * as BCP 47 primary language tags.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;

/**
 * A locale code: `en`, `fr` or `es` (BCP 47, lowercase). Regional variants such as `fr-CH` are
 * not accepted here; use {@link toLocale} to map a longer tag onto one of the three.
 */
export const Locale = z.enum(LOCALES);
/** A locale code: `en`, `fr` or `es`. */
export type Locale = (typeof LOCALES)[number];

/**
 * Maps any BCP 47 tag (`fr-CH`, `es-419`, `EN`) onto one of the supported locales by its primary
 * language subtag, or returns `undefined` when the language is not one of English, French or Spanish.
 *
 * @example
 * toLocale('es-EC'); // 'es'
 * toLocale('de');    // undefined
 */
export function toLocale(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/**
 * The regional tag used when a locale is handed to `Intl` or date-fns. English uses `en-GB`
 * because UN and IOM documents write dates the British way ("12 June 2008").
 */
export const INTL_TAGS: { readonly [L in Locale]: string } = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };
