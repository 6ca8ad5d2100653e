import { defineLabels, type Locale } from '@iom/core';
import { FIGURE_MEASURES, type FigureMeasure, type InterimKind, type PostKind, UNIT_KINDS } from './codes.js';
import { type GrammaticalGender, pickForm } from './gender.js';
import { en } from './labels/en.js';
import { es } from './labels/es.js';
import { fr } from './labels/fr.js';
import type { OrganizationLabels } from './labels/types.js';

/** Every label of the package, per locale. */
export const organizationLabels: { readonly [L in Locale]: OrganizationLabels } = { en, fr, es };

/** The names of the unit kinds in English, French and Spanish, for `label(UnitKindLabels, kind, locale)`. */
export const UnitKindLabels = defineLabels(UNIT_KINDS, { en: en.unitKinds, fr: fr.unitKinds, es: es.unitKinds });

/** The names of the dated figures in English, French and Spanish. */
export const FigureMeasureLabels = defineLabels(FIGURE_MEASURES, {
  en: en.figures,
  fr: fr.figures,
  es: es.figures,
});

/** The title of a post kind in `locale`, in the grammatical `form` given, neutral without one. */
export function postKindTitle(kind: PostKind, locale: Locale, form?: GrammaticalGender): string {
  return pickForm(organizationLabels[locale].postKinds[kind], form);
}

/** Wraps `title` as an interim title (`Acting …`, `… par intérim`, `… interina`). */
export function interimTitle(title: string, interim: InterimKind, locale: Locale, form?: GrammaticalGender): string {
  return pickForm(organizationLabels[locale].interim[interim], form).replace('{title}', title);
}

/** The name of a dated figure's measure in `locale`. */
export function figureMeasureLabel(measure: FigureMeasure, locale: Locale): string {
  return organizationLabels[locale].figures[measure];
}
