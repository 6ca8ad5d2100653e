// Hand-written rather than a library: Unicode's own decomposition (String#normalize) does the work, and
// folding for matching needs nothing beyond it (no collation tables, no locale).
const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}/gu;

/**
 * Folds text for matching what people type against codes and labels: lowercase, diacritics removed, so
 * that "Équateur", "equateur" and "EQUATEUR" fold alike, whichever of the two Unicode forms (composed or
 * decomposed) the accents are written in. Letters that have no decomposition (ß, ø, ł) stay as they are.
 * Every label lookup of the packages folds with it.
 *
 * @example
 * foldText('Féminin') === foldText('FEMININ'); // 'feminin'
 */
export function foldText(text: string): string {
  // ASCII has no diacritics: most text skips normalization.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Lowercase first: some capitals lowercase to a letter and a combining mark (İ → i + U+0307).
  return text.toLowerCase().normalize('NFD').replace(MARKS, '');
}
