import { shortenForMessage, toLocale } from '@iom/core';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, trimmedString } from './properties.js';

/** `uri` → the release id, `language` → its language (any BCP 47 tag of English, French or Spanish). */
export function readIdentity(document: NinjsObject, note: Note): Pick<DraftFields, 'id' | 'language'> {
  const read: Pick<DraftFields, 'id' | 'language'> = {};
  const uri = trimmedString(document, 'uri');
  // A release id is a URI or a slug: whitespace inside means it is neither.
  if (uri !== undefined && /^\S+$/u.test(uri)) read.id = uri;
  else note('ninjs_field_invalid', ['uri'], { field: 'uri' });

  const language = trimmedString(document, 'language');
  const locale = language === undefined ? undefined : toLocale(language);
  if (locale !== undefined) read.language = locale;
  else if (language !== undefined)
    note('ninjs_language_unsupported', ['language'], { language: shortenForMessage(language, 60) });
  return read;
}
