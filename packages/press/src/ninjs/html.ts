const BLOCK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|table|tr)\b[^<>]*>/giu;
const TAG = /<[^<>]*>/gu;
const ENTITIES: { readonly [name: string]: string } = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  oelig: 'œ',
  OElig: 'Œ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The paragraphs of an HTML or XHTML body, as plain text: block elements end paragraphs, other tags
 * are dropped, the common entities are decoded. Hand-written on purpose: ninjs bodies are small,
 * well-formed fragments, and a real HTML parser (node-html-parser, linkedom) would add a dependency
 * to every browser bundle for this one reader. Linear: the patterns have no nested quantifiers.
 */
export function htmlParagraphs(html: string): string[] {
  return html
    .split(BLOCK)
    .map((part) => decodeEntities(part.replace(TAG, '')).replace(/\s+/gu, ' ').trim())
    .filter((part) => part !== '');
}
