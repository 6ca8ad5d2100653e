import { emailKey } from './email.js';

/*
 * Hand-written on purpose. Decoding HTML entities: a full table (the `entities` package) would add
 * tens of kilobytes to every bundle that reads an email, and only the few entities that can write or
 * hide an address matter here. Matching: the obvious regular expression
 * /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g is quadratic on long runs of
 * letters without "@" (each start position re-scans the run), so the scan below starts from each "@"
 * and looks left and right, which keeps the whole extraction linear in the length of the text.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  commat: '@',
  period: '.',
  hyphen: '-',
  dash: '-',
  lowbar: '_',
  plus: '+',
};

const ENTITY = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/;

function decodeOne(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

/**
 * Decodes numeric entities and the few named ones that can write an address; other entities stay.
 * Built from parts and joined once: `String.replace` with a callback slows down badly on texts with
 * hundreds of thousands of entities.
 */
export function decodeEntities(text: string): string {
  const parts: string[] = [];
  let last = 0;
  let amp = text.indexOf('&');
  while (amp !== -1) {
    const match = ENTITY.exec(text.slice(amp, amp + 12));
    if (match !== null) {
      parts.push(text.slice(last, amp), decodeOne(match[0], match[1] ?? ''));
      last = amp + match[0].length;
    }
    amp = text.indexOf('&', match === null ? amp + 1 : last);
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

// "[at]", "(at)", "{at}", "(arroba)", "[arobase]", "(@)" and the like; "[dot]", "(punto)", "(point)".
const OBFUSCATED = /[[({]\s*(at|arroba|arobase|@|dot|punto|point)\s*[\])}]/gi;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/** Replaces the bracketed `[at]` and `[dot]` spellings, and the spaces around them, by `@` and `.`. */
function unobfuscate(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(OBFUSCATED)) {
    const word = (match[1] ?? '').toLowerCase();
    const symbol = word === 'dot' || word === 'punto' || word === 'point' ? '.' : '@';
    let end = match.index;
    while (end > last && isSpace(text[end - 1])) end -= 1;
    parts.push(text.slice(last, end), symbol);
    last = match.index + match[0].length;
    while (isSpace(text[last])) last += 1;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

function isLocalChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x25 || // %
    code === 0x2b || // +
    code === 0x27 || // '
    code === 0x2d // -
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2d ||
    code === 0x2e
  );
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$/;

/** The domain written at the start of `candidate`, trimmed of the dots and dashes of the sentence around it. */
function cleanDomain(candidate: string): string | undefined {
  let domain = candidate.replace(/[.-]+$/, '');
  const labels = domain.split('.');
  if (labels.length < 2) return undefined;
  // Cut at the first empty or malformed label: "iom.int..foo" keeps "iom.int".
  let keep = 0;
  while (keep < labels.length && LABEL.test(labels[keep] ?? '') && (labels[keep]?.length ?? 0) <= 63) keep += 1;
  if (keep < 2) return undefined;
  const kept = labels.slice(0, keep);
  // The last label must be a top-level domain; drop trailing labels that are not (".org.ec" keeps both).
  while (kept.length >= 2 && !TLD.test(kept[kept.length - 1] ?? '')) kept.pop();
  if (kept.length < 2) return undefined;
  domain = kept.join('.');
  return domain;
}

/** The local part written just before an "@", trimmed of the dots of the sentence around it. */
function cleanLocal(candidate: string): string | undefined {
  const local = candidate.replace(/^[.'-]+/, '');
  if (local === '' || local.endsWith('.') || local.includes('..') || local.length > 64) return undefined;
  return local;
}

/**
 * The email addresses in a text, in order of first appearance, each once (compared without case,
 * the first spelling kept), as written.
 *
 * Reads what scraped press releases leave behind: `"mailto:a@b.org">a@b.org` (one address, not
 * two), HTML entities (`&#64;`, `&commat;`, `&amp;`), `[at]`/`(at)`/`(arroba)`/`(arobase)` and
 * `[dot]`/`(punto)`, a trailing full stop, `?subject=…` after an address. Never throws; linear in the
 * length of the text.
 *
 * @example
 * extractEmails('E-mail : "mailto:nzelisko@iom.org.ec">nzelisko@iom.org.ec'); // ['nzelisko@iom.org.ec']
 * extractEmails('jdupont [at] iom.int, JDupont@iom.int.'); // ['jdupont@iom.int']
 */
export function extractEmails(text: string): string[] {
  if (typeof text !== 'string') return [];
  const source = unobfuscate(decodeEntities(text));
  const found: string[] = [];
  const seen = new Set<string>();
  let floor = 0; // nothing left of this index belongs to an address still to be read
  let at = source.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > floor && isLocalChar(source.charCodeAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < source.length && isDomainChar(source.charCodeAt(end))) end += 1;
    const local = cleanLocal(source.slice(start, at));
    const domain = cleanDomain(source.slice(at + 1, end));
    if (local !== undefined && domain !== undefined) {
      const address = `${local}@${domain}`;
      const key = emailKey(address);
      if (!seen.has(key)) {
        seen.add(key);
        found.push(address);
      }
    }
    floor = end;
    at = source.indexOf('@', Math.max(end, at + 1));
  }
  return found;
}
