/** Where the page's navigation ends and the release starts. */
export interface NavigationCut {
  /** The index of the first line of the release. */
  readonly start: number;
  /** How many lines of navigation were dropped. */
  readonly dropped: number;
}

// The last items of iom.int's mega-menu in English, French and Spanish, as scraped pages carry it.
const NAV_END = /^-?\s*(?:2030 agenda|agenda 2030|données et recherche|data and research|datos e investigación)\s*$/iu;
const NAV_SCAN_LIMIT = 400;

/**
 * Finds the end of the site navigation: the last navigation marker line ("- 2030 AGENDA", "- Données
 * et recherche"…) among the first lines of the page. No marker: nothing is dropped.
 */
export function findNavigationEnd(lines: readonly string[]): NavigationCut {
  let last = -1;
  const limit = Math.min(lines.length, NAV_SCAN_LIMIT);
  for (let index = 0; index < limit; index += 1) {
    if (NAV_END.test((lines[index] ?? '').trim())) last = index;
  }
  return last < 0 ? { start: 0, dropped: 0 } : { start: last + 1, dropped: last + 1 };
}

const ENDS_SENTENCE = /(?:[.!?…:]|[.!?…][\s\u00a0]*[»”"])\s*$/u;

/**
 * Joins hard-wrapped lines into paragraphs: a line that does not end a sentence (`.`, `!`, `?`, `…` or `:`, possibly followed by a closing quotation mark)
 * continues on the next one; an empty line always ends a paragraph. A line ending in a hyphen
 * after a letter is joined without a space ("Etats-" + "Unis"). Returns the paragraphs and how many
 * line breaks were joined.
 */
export function joinLines(lines: readonly string[]): { paragraphs: string[]; joined: number } {
  const paragraphs: string[] = [];
  // The lines of the current paragraph, joined once at its end: growing one string line by line and
  // testing its end would flatten it at every line, which is quadratic.
  let parts: string[] = [];
  let joined = 0;
  const flush = (): void => {
    const paragraph = parts.join('').replace(/\s+/gu, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    parts = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const previous = parts[parts.length - 1];
    if (previous !== undefined) {
      joined += 1;
      if (!/\p{L}-$/u.test(previous)) parts.push(' ');
    }
    parts.push(line);
    if (ENDS_SENTENCE.test(line)) flush();
  }
  flush();
  return { paragraphs, joined };
}

/** The start of the media-contact paragraph in English, French or Spanish. */
export const CONTACT_START =
  /^(?:pour (?:plus d|de plus amples|tout renseignement|toute information)|for (?:more|further|additional) information|para (?:más|mayor|obtener más|ampliar la) información|contacts? (?:presse|médias?)\s*:|(?:media|press) contacts?\s*:|contactos? (?:de prensa|para (?:los )?medios)\s*:)/iu;
