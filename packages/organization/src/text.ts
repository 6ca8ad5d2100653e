import { LOCALES, type Locale } from '@iom/core';

/**
 * Text in some of the three languages, as zod infers `LocalizedText` (each entry possibly
 * `undefined`).
 */
export type TextLike = { readonly [L in Locale]?: string | undefined };

/** The entries of `text` that hold text, as a plain record. */
export function definedEntries(text: TextLike): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const value = text[locale];
    if (value !== undefined) out[locale] = value;
  }
  return out;
}
