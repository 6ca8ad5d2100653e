import type { ContactPoint } from '../contact-point.js';
import type { VProperty } from './property.js';
import { toProperties } from './to-properties.js';

/*
 * The vCard writer is hand-written: ical.js (the parser the tests use to check these cards) weighs
 * about 80 kB minified and would be a runtime dependency of every consumer for a dozen properties.
 */

/**
 * Escapes a TEXT value (RFC 6350 §3.4): backslash, comma and line break always; semicolon only in the
 * components of a structured value, where it separates them (ical.js, like the RFC, keeps a "\\;"
 * of a plain TEXT value as written).
 */
function escapeText(text: string, structured = false): string {
  return text.replace(structured ? /[\\,;\n]/g : /[\\,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

function writeValue(property: VProperty): string {
  const { value } = property;
  if (typeof value === 'string') return property.type === 'text' ? escapeText(value) : value;
  return value
    .map((component) =>
      typeof component === 'string'
        ? escapeText(component, true)
        : component.map((item) => escapeText(item, true)).join(','),
    )
    .join(';');
}

function writeParamValue(value: string): string {
  // RFC 6350 §3.3: a parameter value with ":", ";" or "," is quoted; quotes themselves cannot appear.
  const clean = value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function writeParams(params: VProperty['params']): string {
  return Object.entries(params)
    .map(([name, value]) => {
      const list = typeof value === 'string' ? [value] : value;
      return `;${name.toUpperCase()}=${list.map(writeParamValue).join(',')}`;
    })
    .join('');
}

/** Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Writes a contact point as a vCard 4.0 (RFC 6350): `KIND`, `FN` (the person's name, or the office or
 * organisation), `N` when name parts are known, `TITLE` per language (`LANGUAGE`, `ALTID`), `ROLE`
 * (the role code), `ORG` (organisation;office), `TEL` as tel: URIs with `TYPE` and the exact phone type
 * in `X-IOM-PHONE-TYPE`, `EMAIL`, `ADR` with the RFC 8605 `CC` country code, `LANG` and `URL`.
 * Lines end with CRLF and are folded at 75 octets.
 *
 * @example
 * toVCard({ name: { full: 'Nadia Zelisko' }, office: 'OIM Equateur', emails: ['nzelisko@iom.org.ec'] });
 * // 'BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Nadia Zelisko\r\nORG:;OIM Equateur\r\n…END:VCARD\r\n'
 */
export function toVCard(contact: ContactPoint): string {
  const lines = ['BEGIN:VCARD'];
  for (const property of toProperties(contact)) {
    lines.push(fold(`${property.name.toUpperCase()}${writeParams(property.params)}:${writeValue(property)}`));
  }
  lines.push('END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}

/** A jCard (RFC 7095): `["vcard", [[name, params, type, value…], …]]`. */
export type JCard = [
  'vcard',
  Array<[string, Record<string, string | string[]>, string, ...Array<string | Array<string | string[]>>]>,
];

/**
 * Writes a contact point as a jCard (RFC 7095), the JSON form of the vCard {@link toVCard} writes.
 *
 * @example
 * toJCard({ office: 'IOM Ecuador' });
 * // ['vcard', [['version', {}, 'text', '4.0'], ['kind', {}, 'text', 'org'], ['fn', {}, 'text', 'IOM Ecuador'], …]]
 */
export function toJCard(contact: ContactPoint): JCard {
  return [
    'vcard',
    toProperties(contact).map((property) => {
      const params = Object.fromEntries(
        Object.entries(property.params).map(([name, value]) => [name, typeof value === 'string' ? value : [...value]]),
      );
      const value =
        typeof property.value === 'string'
          ? property.value
          : property.value.map((component) => (typeof component === 'string' ? component : [...component]));
      return [property.name, params, property.type, value];
    }),
  ];
}
