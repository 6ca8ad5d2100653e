import type { Locale } from '@iom/core';
import type { Quote, Speaker } from '../model.js';

/** A quotation found in a paragraph. */
export interface FoundQuote {
  /** The quote, with its speaker when one was found. */
  readonly text: string;
  /** The speaker, when the sentence names one. */
  readonly speaker?: Speaker;
  /** The paragraph it is in. */
  readonly paragraph: number;
}

const PAIRS: { readonly [open: string]: string } = { '«': '»', '“': '”', '„': '“', '"': '"' };
const MAX_QUOTE = 3000;
const WINDOW = 240;

const VERBS: { readonly [L in Locale]: string } = {
  fr: '(?:a\\s+|avait\\s+)?(?:affirm|déclar|expliqu|soulign|ajout|indiqu|précis|estim|rappel|insist|not|assur|observ|signal|comment|poursuiv|conclu|sou?ten|dit|di)(?:e|é|ait|ent|u|it|t)?',
  en: '(?:said|says|stated|states|explained|added|noted|stressed|emphasi[sz]ed|declared|affirmed|observed|remarked|underlined|told reporters|concluded)',
  es: '(?:afirm[óa]|dij[oe]|declar[óa]|explic[óa]|señal[óa]|añadi[óo]|agreg[óa]|indic[óa]|subray[óa]|destac[óa]|asegur[óa]|manifest[óa]|expres[óa]|coment[óa]|precis[óa]|sostuvo|concluy[óe])',
};

function verbAfter(locale: Locale): RegExp {
  return new RegExp(`^[\\s\\u00a0]*,?[\\s\\u00a0]*${VERBS[locale]}[\\s\\u00a0]+`, 'iu');
}
function verbBefore(locale: Locale): RegExp {
  return new RegExp(`[\\s\\u00a0,]${VERBS[locale]}[\\s\\u00a0]*:?[\\s\\u00a0]*$`, 'iu');
}
const NAME_FIRST_EN =
  /^[\s\u00a0]*,?[\s\u00a0]*(\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’-]*){0,4})[\s\u00a0]+(?:said|says|added|explained|noted)\b/u;

const ORGANIZATION =
  /(?<![\p{L}])(IOM|OIM|ILO|OIT|UNHCR|HCR|ACNUR|UNICEF|UNODC|ONUDC|USAID|WFP|PAM|PMA|WHO|OMS|UNDP|PNUD|UNFPA)(?![\p{L}])/u;

/** "Alejandro Guidi, chef de mission de l'OIM" or "le chef de mission, Alejandro Guidi" → speaker. */
export function readSpeaker(segment: string): Speaker | undefined {
  const cleaned = segment.replace(/[\s\u00a0]+/gu, ' ').replace(/^[ ,]+|[ ,.;]+$/gu, '');
  if (cleaned === '') return undefined;
  const comma = cleaned.indexOf(',');
  let name = comma < 0 ? cleaned : cleaned.slice(0, comma).trim();
  let role = comma < 0 ? '' : cleaned.slice(comma + 1).trim();
  if (!isName(name) && comma >= 0) {
    const last = cleaned.lastIndexOf(',');
    const tail = cleaned.slice(last + 1).trim();
    if (isName(tail)) {
      name = tail;
      role = cleaned.slice(0, last).trim();
    }
  }
  if (!isName(name)) return undefined;
  const organization = ORGANIZATION.exec(role)?.[1];
  return {
    name,
    ...(role === '' ? {} : { role }),
    ...(organization === undefined ? {} : { organization }),
  };
}

/** One to five words, each starting with a capital ("Alejandro Guidi", "María José López García", "de"/"del" allowed inside). */
function isName(text: string): boolean {
  if (text.length < 3 || text.length > 60) return false;
  const words = text.split(' ');
  if (words.length < 1 || words.length > 6) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '') || !/^\p{Lu}/u.test(words[words.length - 1] ?? '')) return false;
  return words.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word) || /^(?:de|del|da|di|van|von|la|le|y)$/u.test(word));
}

/** The sentence after a closing mark, up to its end (bounded). */
function sentenceAfter(text: string, from: number): string {
  const window = text.slice(from, from + WINDOW);
  const stop = window.search(/[.!?](?:[\s\u00a0]|$)/u);
  return stop < 0 ? window : window.slice(0, stop);
}

/** The sentence before an opening mark, from its start (bounded). */
function sentenceBefore(text: string, to: number): string {
  const window = text.slice(Math.max(0, to - WINDOW), to);
  let start = 0;
  for (let index = window.length - 1; index >= 0; index -= 1) {
    const char = window[index];
    if ((char === '.' || char === '!' || char === '?') && /[\s\u00a0]/u.test(window[index + 1] ?? ' ')) {
      start = index + 1;
      break;
    }
  }
  return window.slice(start);
}

/**
 * Finds the quotations of a paragraph (« … », “ … ”, „ … “, " … ") and their speakers, from the
 * attribution after the quote ("», affirme Alejandro Guidi, chef de mission…", "” said Amy Pope,
 * IOM Director General", "”, afirmó…") or before it ("Amy Pope said: “…”"). Linear in the text: the
 * closing mark of each kind is searched once per position and attributions are read in bounded windows.
 */
export function findQuotes(paragraphs: readonly string[], locale: Locale): FoundQuote[] {
  const found: FoundQuote[] = [];
  const after = verbAfter(locale);
  const before = verbBefore(locale);
  paragraphs.forEach((text, paragraph) => {
    const nextClose = new Map<string, number>();
    const closeAfter = (mark: string, from: number): number => {
      const known = nextClose.get(mark);
      if (known !== undefined && (known < 0 || known >= from)) return known;
      const index = text.indexOf(mark, from);
      nextClose.set(mark, index);
      return index;
    };
    let position = 0;
    while (position < text.length) {
      const char = text[position] as string;
      const closing = PAIRS[char];
      if (closing === undefined || (char === '"' && position > 0 && /[\p{L}\p{N}=]/u.test(text[position - 1] ?? ''))) {
        position += 1;
        continue;
      }
      const close = closeAfter(closing, position + 1);
      if (close < 0 || close - position > MAX_QUOTE) {
        position += 1;
        continue;
      }
      const quoted = text
        .slice(position + 1, close)
        .replace(/[\s\u00a0]+/gu, ' ')
        .trim()
        .replace(/[,;]$/u, '')
        .trim();
      if (quoted.length >= 12 && quoted.includes(' ') && /\p{L}/u.test(quoted)) {
        const tail = sentenceAfter(text, close + 1);
        const verb = after.exec(tail);
        let speaker: Speaker | undefined;
        if (verb !== null) speaker = readSpeaker(tail.slice(verb[0].length));
        else if (locale === 'en') {
          const nameFirst = NAME_FIRST_EN.exec(tail);
          if (nameFirst?.[1] !== undefined) speaker = readSpeaker(nameFirst[1]);
        }
        if (speaker === undefined) {
          const head = sentenceBefore(text, position);
          const verbIndex = head.search(before);
          if (verbIndex >= 0) speaker = readSpeaker(head.slice(0, verbIndex));
        }
        found.push({ text: quoted, paragraph, ...(speaker === undefined ? {} : { speaker }) });
      }
      position = close + 1;
    }
  });
  return found;
}

/** The quotes that have a speaker, as {@link Quote} values. */
export function toQuotes(found: readonly FoundQuote[]): Quote[] {
  return found.flatMap((quote) =>
    quote.speaker === undefined ? [] : [{ text: quote.text, speaker: quote.speaker, paragraph: quote.paragraph }],
  );
}
