import type { PhoneTypeCode } from '../codes.js';

/*
 * Finding the numbers in a text is hand-written rather than left to libphonenumber-js's
 * findPhoneNumbersInText, because that one keeps only the first number of "…28/29", reads "/" and ","
 * as part of a number or as an extension mark, does not know "poste", and cannot say which label
 * ("Fax", "Cel.") a number was written after (each trap has a test in parse.test.ts). Each number found here is
 * then handed, alone and cleaned, to libphonenumber-js, which does all the numbering-plan work.
 *
 * The scan is one left-to-right pass; look-behind (labels) and look-ahead (extensions, ranges) read
 * at most a few dozen characters, so the whole scan is linear in the length of the text.
 */

/** A number as written in the text, before any numbering-plan reading. */
export interface WrittenNumber {
  /** The text as written: the number with its alternative endings and extension. */
  readonly raw: string;
  /** The number to read, alternative ending already applied; may hold spaces, dots, brackets. */
  readonly text: string;
  /** The alternative ending this number was made from, when it is one ("29" in "…28/29"). */
  readonly ending?: string;
  /** The extension's digits, when one was written. */
  readonly extension?: string;
  /** The label written before the number ("Tél.", "Fax", "Cel."), as written. */
  readonly label?: string;
  /** The kind of line the label names, when it names one (fax, mobile). */
  readonly labelType?: PhoneTypeCode;
}

/** Fewest digits for a run to be read as a phone number (E.164's shortest numbers have 7). */
const MIN_DIGITS = 7;
/** Most digits of an alternative ending ("…9228 / 9229" has 4). */
const MAX_ENDING_DIGITS = 4;
const LOOK_BEHIND = 48;
const LOOK_AHEAD = 40;

const LABELS: ReadonlyArray<readonly [RegExp, PhoneTypeCode | undefined]> = [
  [/^(?:fax|t[ée]l[ée]copie|telefax|facs[ií]mil)$/i, 'fax'],
  [/^(?:cel|cell|celular|mobile|mob|m[óo]vil|portable|gsm|whatsapp|mobil)$/i, 'mobile'],
  [/^(?:tel|t[ée]l|telf|tfno|tlf|t[ée]l[ée]phone|tel[ée]fono|phone|ph|hotline|l[íi]nea|ligne)$/i, undefined],
];

// The last word before the number, with an optional "." and ":" (and the spaces French puts before it).
const LABEL_TAIL = /(\p{L}+)\.?\s*(?:\([^()\n]{0,12}\))?\s*(?:n[°º.]\s*)?[:：]?\s*$/u;

/** The label written just before `start` on the same line, if it is a phone label. */
function labelBefore(
  text: string,
  lineStart: number,
  start: number,
): { label: string; type?: PhoneTypeCode } | undefined {
  const before = text.slice(Math.max(lineStart, start - LOOK_BEHIND), start);
  const match = LABEL_TAIL.exec(before);
  if (match === null) return undefined;
  const word = match[1] ?? '';
  for (const [pattern, type] of LABELS) {
    if (pattern.test(word)) return type === undefined ? { label: match[0].trim() } : { label: match[0].trim(), type };
  }
  return undefined;
}

const EXTENSION =
  /^\s*[,;]?\s*(?:ext(?:ension|ensi[óo]n|n)?\.?|x|poste|p\.|anexo|int\.|interno|extn\.?|#)\s*[:.]?\s*([0-9]{1,10})(?![0-9])/i;
const RANGE = /^\s+(?:al|à|au|a|to)\s+([0-9]{1,4})(?![0-9./-])/i;

function isDigit(char: string): boolean {
  return (char >= '0' && char <= '9') || (char >= '\uFF10' && char <= '\uFF19');
}

/** Characters that may stand inside a written number: spaces (not line breaks), dots, dashes, brackets, slash. */
function isNumberPunctuation(char: string): boolean {
  return (
    char === ' ' ||
    char === '\t' ||
    char === '\u00A0' ||
    char === '\u202F' ||
    char === '\u2009' ||
    char === '\u2007' ||
    char === '\u2002' ||
    char === '\u2003' ||
    char === '.' ||
    char === '-' ||
    (char >= '\u2010' && char <= '\u2015') ||
    char === '(' ||
    char === ')' ||
    char === '/'
  );
}

// A date written with dots or dashes ("12.06.2008 - 16:33", "2008-06-12") is not a phone number.
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?![0-9])/;

/** The digits (ASCII or full-width) in `text`. */
export function countDigits(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) count += 1;
  }
  return count;
}

/** Replaces the last `ending.length` digits of `base` with `ending`, keeping the punctuation. */
export function applyEnding(base: string, ending: string): string {
  const chars = [...base];
  let remaining = ending.length;
  for (let index = chars.length - 1; index >= 0 && remaining > 0; index -= 1) {
    if (isDigit(chars[index] ?? '')) {
      remaining -= 1;
      chars[index] = ending[remaining] ?? '';
    }
  }
  return chars.join('');
}

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly digits: number;
}

/** Splits a run at each "/" into trimmed segments. */
function segments(text: string, start: number, end: number): Segment[] {
  const result: Segment[] = [];
  let from = start;
  for (let index = start; index <= end; index += 1) {
    if (index === end || text[index] === '/') {
      let s = from;
      let e = index;
      while (s < e && !isDigit(text[s] ?? '') && text[s] !== '+' && text[s] !== '(') s += 1;
      while (e > s && !isDigit(text[e - 1] ?? '') && text[e - 1] !== ')') e -= 1;
      const digits = countDigits(text, s, e);
      if (digits > 0) result.push({ start: s, end: e, digits });
      from = index + 1;
    }
  }
  return result;
}

/**
 * Finds the phone numbers written in `text`, with their labels, alternative endings and extensions.
 * Reads nothing about numbering plans.
 */
export function scanNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  let lineStart = 0;
  let label: { label: string; type?: PhoneTypeCode } | undefined;
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '\n' || char === '\r') {
      lineStart = index + 1;
      label = undefined;
      index += 1;
      continue;
    }
    if (!(isDigit(char) || char === '+' || char === '(')) {
      index += 1;
      continue;
    }
    // A run: a "+" only at its start, then digits and number punctuation.
    let end = index + 1;
    while (end < text.length) {
      const next = text[end] ?? '';
      if (isDigit(next) || isNumberPunctuation(next)) end += 1;
      else break;
    }
    // The run stops before any trailing punctuation.
    let runEnd = end;
    while (runEnd > index && !isDigit(text[runEnd - 1] ?? '') && text[runEnd - 1] !== ')') runEnd -= 1;
    const start = index;
    index = Math.max(end, index + 1);
    if (runEnd <= start) continue;
    const parts = segments(text, start, runEnd).filter((part) => !DATE.test(text.slice(part.start, part.end)));
    if (!parts.some((part) => part.digits >= MIN_DIGITS)) continue;

    const written = labelBefore(text, lineStart, start);
    if (written !== undefined) label = written;

    // Look ahead: "… 28 al 29" (a range written with words) and the extension.
    let tail = runEnd;
    const endings: Array<{ ending: string; after: number }> = [];
    const range = RANGE.exec(text.slice(tail, tail + LOOK_AHEAD));
    if (range !== null) {
      tail += range[0].length;
      endings.push({ ending: range[1] ?? '', after: tail });
    }
    const extension = EXTENSION.exec(text.slice(tail, tail + LOOK_AHEAD));
    if (extension !== null) {
      tail += extension[0].length;
      index = Math.max(index, tail);
    } else if (range !== null) {
      index = Math.max(index, tail);
    }

    // Group the segments: a long one is a number, the short ones after it are its alternative endings.
    const groups: Array<{ base: Segment; endings: Segment[] }> = [];
    for (const part of parts) {
      const current = groups[groups.length - 1];
      const partText = text.slice(part.start, part.end);
      if (part.digits >= MIN_DIGITS) groups.push({ base: part, endings: [] });
      else if (current !== undefined && part.digits <= MAX_ENDING_DIGITS && /^[0-9]+$/.test(partText)) {
        current.endings.push(part);
      }
      // A short segment before any number (or a bracketed fragment) is not a phone number: left out.
    }
    groups.forEach((group, position) => {
      const isLast = position === groups.length - 1;
      const lastEnding = group.endings[group.endings.length - 1];
      let rawEnd = lastEnding?.end ?? group.base.end;
      if (isLast) rawEnd = Math.max(rawEnd, tail);
      const raw = text.slice(group.base.start, rawEnd).trim();
      const baseText = text.slice(group.base.start, group.base.end);
      const common = {
        raw,
        ...(isLast && extension !== null ? { extension: extension[1] ?? '' } : {}),
        ...(label === undefined ? {} : { label: label.label }),
        ...(label?.type === undefined ? {} : { labelType: label.type }),
      };
      found.push({ ...common, text: baseText });
      const allEndings = [
        ...group.endings.map((part) => text.slice(part.start, part.end)),
        ...(isLast ? endings.map((entry) => entry.ending) : []),
      ];
      for (const ending of allEndings) found.push({ ...common, text: applyEnding(baseText, ending), ending });
    });
  }
  return found;
}
