import { foldText } from '@iom/core';
/** A word of a text, with where it is. */
export interface Token {
  /** The word as written. */
  readonly text: string;
  /** The word folded for matching: lowercase, without diacritics. */
  readonly key: string;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
}

/** A phrase found by {@link PhraseIndex.scan}. */
export interface PhraseMatch<T> {
  /** What the phrase stands for. */
  readonly value: T;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** The words as written. */
  readonly text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text` (letters and digits; apostrophes, hyphens and punctuation split words). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], key: foldText(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

interface Entry<T> {
  readonly keys: readonly string[];
  readonly value: T;
  /** Whether the first word must be written with a capital letter in the text. */
  readonly capitalized: boolean;
}

/**
 * Finds known multi-word phrases (country names, organisation names) in a text, case- and
 * accent-insensitively. Phrases are indexed by their first word, so a scan costs time linear in the
 * text (times the few phrases that share a first word), with no regular expression over the whole
 * list: a hand-written matcher because no maintained library does accent-folded phrase lookup with
 * offsets, and a regex alternation of hundreds of names backtracks at every position.
 */
export class PhraseIndex<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();

  /** Adds a phrase. With `capitalized`, it matches only where its first word starts with a capital. */
  add(phrase: string, value: T, options: { capitalized?: boolean } = {}): this {
    const keys = tokenize(phrase).map((token) => token.key);
    const first = keys[0];
    if (first === undefined) return this;
    const entries = this.#byFirst.get(first) ?? [];
    if (entries.some((entry) => entry.keys.join(' ') === keys.join(' '))) return this;
    entries.push({ keys, value, capitalized: options.capitalized ?? false });
    entries.sort((a, b) => b.keys.length - a.keys.length);
    this.#byFirst.set(first, entries);
    return this;
  }

  /** Every phrase found in `text`, longest first at each position, without overlaps, in text order. */
  scan(text: string, tokens: readonly Token[] = tokenize(text)): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index] as Token;
      const entries = this.#byFirst.get(token.key);
      let matched: Entry<T> | undefined;
      if (entries !== undefined) {
        for (const entry of entries) {
          if (entry.capitalized && !/^\p{Lu}/u.test(token.text)) continue;
          if (entry.keys.every((key, offset) => tokens[index + offset]?.key === key)) {
            matched = entry;
            break;
          }
        }
      }
      if (matched === undefined) {
        index += 1;
        continue;
      }
      const last = tokens[index + matched.keys.length - 1] as Token;
      found.push({ value: matched.value, start: token.start, end: last.end, text: text.slice(token.start, last.end) });
      index += matched.keys.length;
    }
    return found;
  }
}
