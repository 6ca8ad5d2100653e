import { isHttpUrl } from '@iom/core';
import type { DraftFields, Note } from './notes.js';
import { isNinjsObject, type NinjsObject, property, propertyName } from './properties.js';

/**
 * The source: format `ninjs`, with the URL of the `altIds` entry of role `sourceUrl`. The schema's own rule
 * (HttpUrl) applies: a `javascript:` or malformed source link is reported, not kept.
 */
export function readSource(document: NinjsObject, note: Note): Pick<DraftFields, 'source'> {
  const altIds = property(document, 'altIds');
  const index = Array.isArray(altIds) ? altIds.findIndex((alt) => isNinjsObject(alt) && alt.role === 'sourceUrl') : -1;
  const url = index >= 0 ? (altIds as NinjsObject[])[index]?.value : undefined;
  const kept = isHttpUrl(url);
  if (index >= 0 && !kept) {
    const field = propertyName(document, 'altIds');
    note('ninjs_field_invalid', [field, index, 'value'], { field });
  }
  return { source: { format: 'ninjs', ...(kept ? { url } : {}) } };
}
