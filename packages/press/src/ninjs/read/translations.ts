import { type Locale, toLocale } from '@iom/core';
import type { TranslationLink } from '../../model.js';
import type { DraftFields } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

/**
 * `associations` → translations: text associations in another of the three languages, one per language
 * (the first wins). Pictures and other media have no place in a release and are left alone.
 */
export function readTranslations(
  document: NinjsObject,
  language: Locale | undefined,
): Pick<DraftFields, 'translations'> {
  const translations: TranslationLink[] = [];
  for (const association of objectList(document, 'associations')) {
    const other = toLocale(trimmedString(association, 'language') ?? '');
    const target = trimmedString(association, 'uri');
    const type = trimmedString(association, 'type');
    if (other === undefined || target === undefined || (type !== undefined && type !== 'text')) continue;
    if (other === language || translations.some((link) => link.language === other)) continue;
    translations.push({ language: other, id: target });
  }
  return translations.length > 0 ? { translations } : {};
}
