import type { Locale } from './locale.js';

/**
 * The labels of one code list in one locale: exactly one label per code. Declaring a locale's labels
 * with `satisfies Labels<Code>` makes a missing or an extra label a compile-time error.
 */
export type Labels<Code extends string> = { readonly [K in Code]: string };

/**
 * The labels of a code list in English, French and Spanish. Build one with {@link defineLabels} and
 * read it with {@link label}.
 */
export interface LabelCatalog<Code extends string> {
  /** The codes of the list, in their documented order. */
  readonly codes: readonly Code[];
  /** The labels, per locale. */
  readonly labels: { readonly [L in Locale]: Labels<Code> };
}

/**
 * Defines the labels of a code list. The `codes` fix the list: every locale must give a label for
 * each code and for nothing else, or the call fails to compile.
 *
 * @example
 * const ChannelLabels = defineLabels(['phone', 'email'], {
 *   en: { phone: 'Phone', email: 'Email' },
 *   fr: { phone: 'Téléphone', email: 'Courriel' },
 *   es: { phone: 'Teléfono', email: 'Correo electrónico' },
 * });
 * label(ChannelLabels, 'email', 'fr'); // 'Courriel'
 */
export function defineLabels<const Code extends string>(
  codes: readonly Code[],
  labels: { readonly [L in Locale]: NoInfer<Labels<Code>> },
): LabelCatalog<Code> {
  return { codes, labels };
}

/**
 * The label of `code` in `locale`. Codes outside the catalog are a compile-time error; at run time
 * (with codes read from data) an unknown code gives `undefined`.
 */
export function label<Code extends string>(catalog: LabelCatalog<Code>, code: NoInfer<Code>, locale: Locale): string;
export function label<Code extends string>(
  catalog: LabelCatalog<Code>,
  code: string,
  locale: Locale,
): string | undefined;
export function label<Code extends string>(
  catalog: LabelCatalog<Code>,
  code: string,
  locale: Locale,
): string | undefined {
  const labels = catalog.labels[locale];
  return Object.hasOwn(labels, code) ? labels[code as Code] : undefined;
}

/** Every code of a catalog with its label in `locale`, in the catalog's order. */
export function labelEntries<Code extends string>(
  catalog: LabelCatalog<Code>,
  locale: Locale,
): Array<{ code: Code; label: string }> {
  return catalog.codes.map((code) => ({ code, label: catalog.labels[locale][code] }));
}
