import type { Issue, Locale, Reading } from '@iom/core';
import type { ContactPoint } from '../contact-point.js';
import { contactIssues } from '../messages/index.js';
import { fromProperties } from './from-properties.js';
import type { VProperty } from './property.js';

/*
 * The vCard reader is hand-written for the same reason as the writer (ical.js is a large runtime
 * dependency) and because it must be lenient: ical.js throws on the first malformed line, while this
 * reader drops the line and says so. The tests check it against ical.js on the same cards.
 */

/** Options of {@link fromVCard} and {@link fromJCard}. */
export interface FromVCardOptions {
  /** The locale of the issues, and the language of a TITLE without LANGUAGE; English by default. */
  readonly locale?: Locale;
}

/** Splits `text` at each unescaped `separator` (a backslash escapes the next character). */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '\\' && index + 1 < text.length) {
      current += char + (text[index + 1] ?? '');
      index += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** Undoes RFC 6350 §3.4 text escaping (`\n`, `\,`, `\;`, `\\`). */
function unescapeText(text: string): string {
  return text.replace(/\\([nN,;\\])/g, (_whole, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Properties whose value has components separated by ";" (RFC 6350). */
const STRUCTURED = new Set(['n', 'adr', 'org', 'gender', 'clientpidmap']);

/** Reads one content line: `[group.]NAME;PARAM=value,…:value`. */
function readLine(line: string): VProperty | undefined {
  let index = 0;
  while (index < line.length && line[index] !== ';' && line[index] !== ':') index += 1;
  if (index >= line.length || index === 0) return undefined;
  const fullName = line.slice(0, index);
  const name = (fullName.includes('.') ? fullName.slice(fullName.lastIndexOf('.') + 1) : fullName).toLowerCase();
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  const params: Record<string, string | string[]> = {};
  while (line[index] === ';') {
    index += 1;
    let paramName = '';
    while (index < line.length && line[index] !== '=' && line[index] !== ';' && line[index] !== ':') {
      paramName += line[index];
      index += 1;
    }
    const values: string[] = [];
    if (line[index] === '=') {
      index += 1;
      let current = '';
      let quoted = false;
      while (index < line.length) {
        const char = line[index] ?? '';
        if (char === '"') quoted = !quoted;
        else if (!quoted && (char === ',' || char === ';' || char === ':')) {
          if (char !== ',') break;
          values.push(current);
          current = '';
        } else current += char;
        index += 1;
      }
      values.push(current);
    } else {
      // vCard 2.1/3.0 bare parameter ("TEL;WORK;VOICE:"): a TYPE value.
      values.push(paramName);
      paramName = 'type';
    }
    const key = paramName.toLowerCase();
    const previous = params[key];
    const merged =
      previous === undefined ? values : [...(typeof previous === 'string' ? [previous] : previous), ...values];
    params[key] = merged.length === 1 ? (merged[0] ?? '') : merged;
  }
  if (line[index] !== ':') return undefined;
  const raw = line.slice(index + 1);
  const valueType = typeof params.value === 'string' ? params.value.toLowerCase() : undefined;
  const type = valueType ?? (name === 'tel' && /^tel:/i.test(raw) ? 'uri' : name === 'url' ? 'uri' : 'text');
  if (STRUCTURED.has(name)) {
    const value = splitUnescaped(raw, ';').map((component) => {
      const list = splitUnescaped(component, ',').map(unescapeText);
      return list.length === 1 ? (list[0] ?? '') : list;
    });
    return { name, params, type, value };
  }
  return { name, params, type, value: type === 'text' ? unescapeText(raw) : raw };
}

/**
 * Reads the vCards of a text (vCard 4.0, and leniently 3.0) into contact points: the inverse of
 * {@link toVCard}. Lines that cannot be read are dropped and reported (`vcard_line_malformed`), as
 * are properties this package does not hold (`vcard_property_ignored`), unreadable TEL, EMAIL, ADR
 * and LANG values, a missing FN or END:VCARD, and a VERSION other than 4.0. Never throws; linear in
 * the length of the text.
 *
 * @example
 * const { value, issues } = fromVCard('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nadia Zelisko\r\nEMAIL:nzelisko@iom.org.ec\r\nEND:VCARD\r\n');
 * // value: [{ name: { full: 'Nadia Zelisko' }, emails: ['nzelisko@iom.org.ec'] }], issues: []
 */
export function fromVCard(text: string, options: FromVCardOptions = {}): Reading<ContactPoint[]> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const value: ContactPoint[] = [];
  if (typeof text !== 'string') return { value, issues: [contactIssues.issue('vcard_not_found', locale)] };
  // Unfold (RFC 6350 §3.2): a line break followed by one space or tab continues the line.
  const lines = text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, '').split(/\r\n|\n|\r/);
  let card: VProperty[] | undefined;
  const finish = (properties: VProperty[]): void => {
    const read = fromProperties(properties, locale, [value.length]);
    value.push(read.value);
    issues.push(...read.issues);
  };
  for (const line of lines) {
    // Only short lines can be BEGIN or END: long ones are not copied to compare them.
    const upper = line.length <= 24 ? line.trim().toUpperCase() : '';
    if (upper === '' && line.length <= 24) continue;
    if (upper === 'BEGIN:VCARD') {
      if (card !== undefined) {
        issues.push(contactIssues.issue('vcard_end_missing', locale, { path: [value.length] }));
        finish(card);
      }
      card = [];
      continue;
    }
    if (card === undefined) continue;
    if (upper === 'END:VCARD') {
      finish(card);
      card = undefined;
      continue;
    }
    const property = readLine(line);
    if (property === undefined)
      issues.push(contactIssues.issue('vcard_line_malformed', locale, { path: [value.length] }));
    else card.push(property);
  }
  if (card !== undefined) {
    issues.push(contactIssues.issue('vcard_end_missing', locale, { path: [value.length] }));
    finish(card);
  }
  if (value.length === 0 && !issues.some((issue) => issue.code === 'vcard_end_missing')) {
    issues.push(contactIssues.issue('vcard_not_found', locale));
  }
  return { value, issues };
}

function isJCardProperty(entry: unknown): entry is [string, Record<string, unknown>, string, ...unknown[]] {
  return (
    Array.isArray(entry) &&
    entry.length >= 4 &&
    typeof entry[0] === 'string' &&
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    !Array.isArray(entry[1]) &&
    typeof entry[2] === 'string'
  );
}

function toComponent(value: unknown): string | string[] {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : String(item)));
  return typeof value === 'string' ? value : String(value);
}

/** Reads one jCard's property list into {@link VProperty}s, dropping (and counting) malformed entries. */
function jCardProperties(list: readonly unknown[]): { properties: VProperty[]; malformed: number } {
  const properties: VProperty[] = [];
  let malformed = 0;
  for (const entry of list) {
    if (!isJCardProperty(entry)) {
      malformed += 1;
      continue;
    }
    const [name, rawParams, type, ...values] = entry;
    const params: Record<string, string | string[]> = {};
    for (const [key, param] of Object.entries(rawParams)) {
      if (typeof param === 'string') params[key.toLowerCase()] = param;
      else if (Array.isArray(param)) params[key.toLowerCase()] = param.map(String);
      else if (typeof param === 'number') params[key.toLowerCase()] = String(param);
    }
    const first = values[0];
    const value =
      values.length === 1 && !Array.isArray(first)
        ? typeof first === 'string'
          ? first
          : String(first)
        : values.length === 1 && Array.isArray(first)
          ? first.map(toComponent)
          : values.map(toComponent);
    properties.push({ name: name.toLowerCase(), params, type: type.toLowerCase(), value });
  }
  return { properties, malformed };
}

/**
 * Reads a jCard (RFC 7095), or an array of jCards, into contact points: the inverse of
 * {@link toJCard}, with the same issues as {@link fromVCard} plus `jcard_malformed`. Never throws.
 *
 * @example
 * fromJCard(['vcard', [['version', {}, 'text', '4.0'], ['fn', {}, 'text', 'IOM Ecuador'], ['kind', {}, 'text', 'org']]]);
 * // { value: [{ office: 'IOM Ecuador' }], issues: [] }
 */
export function fromJCard(jcard: unknown, options: FromVCardOptions = {}): Reading<ContactPoint[]> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const value: ContactPoint[] = [];
  const isCard = (candidate: unknown): candidate is ['vcard', unknown[]] =>
    Array.isArray(candidate) && candidate[0] === 'vcard' && Array.isArray(candidate[1]);
  const cards = isCard(jcard) ? [jcard] : Array.isArray(jcard) ? jcard : [jcard];
  for (const card of cards) {
    if (!isCard(card)) {
      issues.push(contactIssues.issue('jcard_malformed', locale, { path: [value.length] }));
      continue;
    }
    const { properties, malformed } = jCardProperties(card[1]);
    for (let count = 0; count < malformed; count += 1) {
      issues.push(contactIssues.issue('vcard_line_malformed', locale, { path: [value.length] }));
    }
    const read = fromProperties(properties, locale, [value.length]);
    value.push(read.value);
    issues.push(...read.issues);
  }
  return { value, issues };
}
