import { htmlParagraphs } from '../html.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

const SUBTITLE_ROLES: readonly unknown[] = ['sub', 'subtitle', 'subheadline'];

/** The text of a headline or description entry on one line, its markup dropped; `undefined` when blank. */
function entryText(entry: NinjsObject): string | undefined {
  const value = entry.value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const type = trimmedString(entry, 'contentType') ?? 'text/plain';
  const text = /html|xml/iu.test(type) ? htmlParagraphs(value).join(' ') : value.replace(/\s+/gu, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * `headlines` → title (the `main` one, else the first that is not a subtitle; ninjs 1.x `headline` too) and
 * subtitle; `descriptions` → summary (the `summary` one, else the first).
 */
export function readHeadlines(document: NinjsObject, note: Note): Pick<DraftFields, 'title' | 'subtitle' | 'summary'> {
  const read: Pick<DraftFields, 'title' | 'subtitle' | 'summary'> = {};
  const headlines = objectList(document, 'headlines');
  const main = headlines.find((h) => h.role === 'main') ?? headlines.find((h) => h.role !== 'sub');
  const title = main === undefined ? undefined : entryText(main);
  const legacyHeadline = typeof document.headline === 'string' ? document.headline.trim() : '';
  if (title !== undefined) read.title = title;
  else if (legacyHeadline !== '') read.title = legacyHeadline;
  else note('ninjs_title_missing', ['headlines']);

  const sub = headlines.find((h) => h !== main && SUBTITLE_ROLES.includes(h.role));
  const subtitle = sub === undefined ? undefined : entryText(sub);
  if (subtitle !== undefined) read.subtitle = subtitle;

  const descriptions = objectList(document, 'descriptions');
  const summaryEntry = descriptions.find((d) => d.role === 'summary') ?? descriptions[0];
  const summary = summaryEntry === undefined ? undefined : entryText(summaryEntry);
  if (summary !== undefined) read.summary = summary;
  return read;
}
