import { withJsonSchema } from '@iom/core';
import * as z from 'zod';
import { schemaIssues } from './messages/schema.js';

// The rule is one regular expression, shared by zod and the JSON Schema's `pattern`, so that both give
// the same verdict (the zod / JSON Schema differential found `Intl.getCanonicalLocales`, which zod
// used to ask, refusing " en" where the JSON Schema, which had no rule, took it). It is the
// `langtag` of BCP 47 (RFC 5646 §2.1) narrowed to what a language a person speaks needs: a language
// subtag of two or three letters, then an optional script, region and one variant. Every tag it takes
// is a structurally valid tag for `Intl` too (language-tag.test.ts holds it); it refuses extensions
// (`-u-…`, `-x-…`), extended language subtags (`zh-yue`) and more than one variant, which Intl would
// take: two variants can repeat one another, which Intl refuses and a portable pattern cannot tell.

/** The rule of {@link LanguageTag}, as a regular expression source (also its JSON Schema `pattern`). */
export const LANGUAGE_TAG_PATTERN: string =
  '^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))?$';

// The `u` flag, as JSON Schema validators in JavaScript (ajv) compile `pattern`.
const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN, 'u');

/** Whether `tag` is a language tag {@link LanguageTag} takes. */
export function isLanguageTag(tag: unknown): tag is string {
  return typeof tag === 'string' && LANGUAGE_TAG.test(tag);
}

/**
 * A language, as a BCP 47 tag: one of IOM's locales (`en`, `fr`, `es`) or any other language a contact
 * speaks (`pt`, `qu`, `ar`, `fr-CA`, `es-419`, `zh-Hant-TW`, `ca-ES-valencia`), kept as written. The
 * form: a language of two or three letters, then optionally a script (four letters), a region (two
 * letters or three digits) and one variant, separated by hyphens, in any case. Extensions, private
 * use and grandfathered tags are refused (`language_tag_invalid`). The JSON Schema's `pattern` is
 * the same rule ({@link LANGUAGE_TAG_PATTERN}). (`Locale` of `@iom/core` is the narrower set of the
 * three UI languages.)
 */
export const LanguageTag = withJsonSchema(
  z.string().check(schemaIssues.check((tag: string) => LANGUAGE_TAG.test(tag), 'language_tag_invalid')),
  () => ({ type: 'string', pattern: LANGUAGE_TAG_PATTERN }),
);
/** A BCP 47 language tag. */
export type LanguageTag = string;
