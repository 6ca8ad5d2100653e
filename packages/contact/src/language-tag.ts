import * as z from 'zod';
import { schemaIssues } from './schema-issues.js';

// Payloads repeat a handful of tags, and asking Intl costs about a microsecond per tag (a tenth of a
// contact point's whole parse): answers are remembered, up to a cap so that odd input cannot grow it.
const KNOWN_TAGS = new Map<string, boolean>();
const KNOWN_TAGS_CAP = 512;

/** Whether `tag` is a well-formed BCP 47 language tag, as `Intl` reads it. */
export function isLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 64) return false;
  let answer = KNOWN_TAGS.get(tag);
  if (answer === undefined) {
    answer = askIntl(tag);
    if (KNOWN_TAGS.size < KNOWN_TAGS_CAP) KNOWN_TAGS.set(tag, answer);
  }
  return answer;
}

function askIntl(tag: string): boolean {
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
export const LanguageTag = z.string().check(schemaIssues.check(isLanguageTag, 'language_tag_invalid'));
/** A BCP 47 language tag. */
export type LanguageTag = string;
