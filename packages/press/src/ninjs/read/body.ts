import { htmlParagraphs } from '../html.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

/** Paragraphs of plain text: blank lines separate them when there are any, else every line is one. */
function plainParagraphs(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n/u);
  const parts = blocks.length > 1 ? blocks : text.split(/\n/u);
  return parts.map((part) => part.replace(/\s+/gu, ' ').trim()).filter((part) => part !== '');
}

const isMarkup = (entry: NinjsObject): boolean => /html|xml/iu.test(trimmedString(entry, 'contentType') ?? '');
const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * `bodies` → body paragraphs (ninjs 1.x `body_text` and `body_html` too). Plain text is preferred: HTML
 * loses its markup, which is reported (`ninjs_body_markup`), since links and emphasis do not survive.
 */
export function readBody(document: NinjsObject, note: Note): Pick<DraftFields, 'body'> {
  const bodies = objectList(document, 'bodies').filter((entry) => hasText(entry.value));
  const plain = bodies.find((entry) => !isMarkup(entry));
  const html = bodies.find(isMarkup);
  let body: string[] = [];
  if (plain !== undefined) body = plainParagraphs(plain.value as string);
  else if (html !== undefined) {
    body = htmlParagraphs(html.value as string);
    note('ninjs_body_markup', ['bodies', bodies.indexOf(html)]);
  } else if (hasText(document.body_text)) {
    body = plainParagraphs(document.body_text);
  } else if (hasText(document.body_html)) {
    body = htmlParagraphs(document.body_html);
    note('ninjs_body_markup', ['body_html']);
  }
  if (body.length > 0) return { body };
  note('ninjs_body_missing', ['bodies']);
  return {};
}
