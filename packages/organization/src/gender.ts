import * as z from 'zod';

/**
 * The grammatical form a person's title takes in French and Spanish, as the person states it:
 * `feminine` (Directrice générale, Directora General) or `masculine` (Directeur général, Director
 * General). It is a form of address, not a record of gender; when none is given, titles use a
 * neutral form that names both.
 */
export const GrammaticalGender = z.enum(['feminine', 'masculine']);
/** The grammatical form of a person's title. */
export type GrammaticalGender = 'feminine' | 'masculine';

/** A title in one language with its feminine, masculine and neutral forms. */
export const TitleForms = z.object({
  /** The feminine form: `Directrice générale`. */
  feminine: z.string().min(1),
  /** The masculine form: `Directeur général`. */
  masculine: z.string().min(1),
  /** The form used when no form is stated: `Directeur général / Directrice générale`. */
  neutral: z.string().min(1),
});
/** A title with its feminine, masculine and neutral forms. */
export type TitleForms = {
  /** The feminine form: `Directrice générale`. */
  feminine: string;
  /** The masculine form: `Directeur général`. */
  masculine: string;
  /** The form used when no form is stated: `Directeur général / Directrice générale`. */
  neutral: string;
};

/** A title in one language: one text for every form, or its three forms. */
export const GenderedText = z.union([z.string().min(1), TitleForms]);
/** A title in one language: one text, or its three forms. */
export type GenderedText = string | TitleForms;

/** A title in English, French and/or Spanish, each one text or three forms. */
export const LocalizedTitle = z.object({
  /** The English title. */
  en: GenderedText.optional(),
  /** The French title. */
  fr: GenderedText.optional(),
  /** The Spanish title. */
  es: GenderedText.optional(),
});
/** A title in English, French and/or Spanish. */
export type LocalizedTitle = {
  /** The English title. */
  en?: GenderedText | undefined;
  /** The French title. */
  fr?: GenderedText | undefined;
  /** The Spanish title. */
  es?: GenderedText | undefined;
};

/** The form of `text` for `form` (`neutral` when none is stated). */
export function pickForm(text: GenderedText, form: GrammaticalGender | undefined): string {
  if (typeof text === 'string') return text;
  return form === undefined ? text.neutral : text[form];
}
