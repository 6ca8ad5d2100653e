/** One repair made by {@link repairFrench}. */
export interface TextRepair {
  /** The code of the rule: a lost "œ" or a lost apostrophe. */
  readonly kind: 'oe' | 'apostrophe';
  /** The text as it was. */
  readonly from: string;
  /** The text as repaired. */
  readonly to: string;
}

interface Rule {
  readonly kind: TextRepair['kind'];
  readonly pattern: RegExp;
  readonly replace: (groups: readonly string[], apostrophe: string) => string;
}

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;
// The endings of "œuvre", "œuvrer" and "manœuvrer" (nouns, infinitive, present, imperfect, participles, future).
const UVR_ENDINGS = 'e|es|er|ent|ons|ez|é|ée|és|ées|ait|aient|ant|a|ai|èrent|era|eront|erait|eraient|ions|iez';

function rule(kind: TextRepair['kind'], source: string, replace: Rule['replace']): Rule {
  return { kind, pattern: new RegExp(`${NOT_LETTER_BEFORE}${source}${NOT_LETTER_AFTER}`, 'gu'), replace };
}

/*
 * Repairs of French words whose "œ" was deleted when Windows-1252 text went through ISO-8859-1
 * (as in the scraped release in packages/contact/fixtures/): "mise en uvre" → "mise en œuvre", "c ur" → "cœur". Each rule names
 * the whole word, bounded by non-letters on both sides, so that words which merely contain the
 * letters ("couvre", "ouvrier", "sur", "leurs", "urgence", "vu", "nu") are never touched. The patterns
 * have no nested quantifiers: every rule runs in time linear in the text.
 * "œil" cannot be repaired (what is left, "il", is a word) and "oeuvre" is left as written.
 */
const OE_RULES: readonly Rule[] = [
  rule(
    'oe',
    "([Cc]hef|[Hh]ors|[Mm]ain)-d(['’]?) ?uvre(s?)",
    ([head, apostrophe, plural], preferred) => `${head}-d${apostrophe === '' ? preferred : apostrophe}œuvre${plural}`,
  ),
  rule('oe', `([Mm]an) uvr(${UVR_ENDINGS})`, ([head, ending]) => `${head}œuvr${ending}`),
  rule('oe', '([Dd]és) uvr(é|ée|és|ées|ement)', ([head, ending]) => `${head}œuvr${ending}`),
  rule('oe', `uvr(${UVR_ENDINGS})`, ([ending]) => `œuvr${ending}`),
  rule('oe', `Uvr(${UVR_ENDINGS})`, ([ending]) => `Œuvr${ending}`),
  rule('oe', '([Cc]|[Cc]h|[Rr]anc|[Ss]|[Cc]ons) (urs?)', ([head, tail]) => `${head}œ${tail}`),
  rule('oe', '([Mm]) (urs)', ([head, tail]) => `${head}œ${tail}`),
  rule('oe', '([Vv]) (ux?)', ([head, tail]) => `${head}œ${tail}`),
  rule('oe', '([Nn]) (uds?)', ([head, tail]) => `${head}œ${tail}`),
  rule('oe', '([Bb]) (ufs?)', ([head, tail]) => `${head}œ${tail}`),
  rule('oe', '([Ff]) (tus)', ([head, tail]) => `${head}œ${tail}`),
  rule('oe', '(ufs?)', ([word]) => `œ${word}`),
];

/*
 * A lost elision apostrophe ("l OIM", "d information", "qu il") — only where a one-letter word that
 * exists only elided (c, d, j, l, m, n, s, t) or "qu", "jusqu", "lorsqu", "puisqu" stands before a
 * word starting with a vowel or h. Not after a number ("5 s après", "10 l eau": units) and not before
 * "et"/"ou" ("points c et d").
 */
const APOSTROPHE_RULE: Rule = {
  kind: 'apostrophe',
  pattern:
    /(?<![\p{L}\p{M}\p{N}'’.,])(?<!\p{N}[ \u00a0])([cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu) (?!(?:et|ou)(?![\p{L}\p{M}]))(?=[aeiouyhàâäéèêëîïôöûüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜŒ])/gu,
  replace: ([head], apostrophe) => `${head}${apostrophe}`,
};

/** The apostrophe the text mostly uses: typographic ’ or typewriter '. */
function dominantApostrophe(text: string): string {
  let curly = 0;
  let straight = 0;
  for (const char of text) {
    if (char === '’') curly += 1;
    else if (char === "'") straight += 1;
  }
  return straight > curly ? "'" : '’';
}

/** Options of {@link repairFrench}. */
export interface RepairFrenchOptions {
  /** Also restore lost elision apostrophes ("l OIM" → "l’OIM"); `true` by default. */
  readonly apostrophes?: boolean;
  /** The apostrophe to insert; by default the one the text mostly uses. */
  readonly apostrophe?: string;
}

function groupCount(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`, 'u').exec('')?.length ?? 1) - 1;
}

function applyRule(text: string, current: Rule, apostrophe: string, repairs: TextRepair[]): string {
  const count = groupCount(current.pattern);
  return text.replace(current.pattern, (...args: unknown[]) => {
    const match = String(args[0]);
    const groups = args.slice(1, 1 + count).map((group) => (typeof group === 'string' ? group : ''));
    const repaired = current.replace(groups, apostrophe);
    repairs.push({ kind: current.kind, from: match, to: repaired });
    return repaired;
  });
}

/**
 * Repairs French text that lost its "œ" (and, optionally, its elision apostrophes) when it was
 * scraped: returns the text and every repair made. Changes nothing else; see the rules above for
 * what is deliberately left alone.
 *
 * @example
 * repairFrench("les efforts mis en uvre").text; // "les efforts mis en œuvre"
 * repairFrench("sur le cœur du sujet").repairs;  // []
 */
export function repairFrench(text: string, options: RepairFrenchOptions = {}): { text: string; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  const apostrophe = options.apostrophe ?? dominantApostrophe(text);
  let result = text;
  for (const current of OE_RULES) result = applyRule(result, current, apostrophe, repairs);
  if (options.apostrophes ?? true) result = applyRule(result, APOSTROPHE_RULE, apostrophe, repairs);
  return { text: result, repairs };
}
