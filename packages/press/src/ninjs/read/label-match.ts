import { foldText, type Locale } from '@iom/core';

/** A label catalog as `defineLabels` builds it: one label per code and locale. */
interface LabelCatalog<Code extends string> {
  readonly labels: { readonly [L in Locale]: { readonly [K in Code]: string } };
}

/**
 * The code `written` names: the code itself, or a code whose label in English, French or Spanish reads the
 * same once folded (case and accents), since other providers write labels, not our codes.
 */
export function codeByLabel<Code extends string>(
  catalog: LabelCatalog<Code>,
  codes: readonly Code[],
  written: string,
): Code | undefined {
  const folded = foldText(written.trim());
  if ((codes as readonly string[]).includes(written)) return written as Code;
  for (const code of codes) {
    for (const locale of ['en', 'fr', 'es'] as const) {
      if (foldText(catalog.labels[locale][code]) === folded) return code;
    }
  }
  return undefined;
}
