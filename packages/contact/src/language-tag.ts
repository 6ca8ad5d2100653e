import { z } from 'zod';
import { contactIssues } from './issues.js';

/** Whether `tag` is a well-formed BCP 47 language tag, as `Intl` reads it. */
export function isLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 64) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A language, as a BCP 47 tag: one of IOM's locales (`en`, `fr`, `es`) or any other language a contact
 * speaks (`pt`, `qu`, `ar`, `fr-CA`). Checked with `Intl.getCanonicalLocales`, kept as written.
 * (`Locale` of `@iom/core` is the narrower set of the three UI languages.)
 */
export const LanguageTag = z.string().check(contactIssues.check(isLanguageTag, 'language_tag_invalid'));
/** A BCP 47 language tag. */
export type LanguageTag = string;
