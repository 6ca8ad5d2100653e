import type { Locale } from '@iom/core';
import type { Quote, Speaker } from '../model.js';

/** Options of {@link formatQuoteAttribution}. */
export interface FormatQuoteOptions {
  /**
   * The quotation marks for Spanish: `angular` «…» (the default, as the Real Academia Española
   * recommends) or `curly` “…” (as many IOM Spanish pages write).
   */
  readonly spanishQuotes?: 'angular' | 'curly';
  /** The verb of attribution; "said" / "a déclaré" / "afirmó" by default. */
  readonly verb?: string;
}

const NBSP = '\u00a0';
const VERBS: { readonly [L in Locale]: string } = { en: 'said', fr: 'a déclaré', es: 'afirmó' };

/** The speaker as a release names them: name, role and, when the role does not name it already, organisation. */
export function formatSpeaker(speaker: Speaker): string {
  const parts = [speaker.name];
  if (speaker.role !== undefined) parts.push(speaker.role);
  const organization = speaker.organization;
  if (organization !== undefined && !speaker.role?.toLowerCase().includes(organization.toLowerCase())) {
    parts.push(organization);
  }
  return parts.join(', ');
}

/**
 * A quote with its attribution, punctuated the way each language does it:
 *
 * - en: `“We must act together,” said Amy Pope, IOM Director General.` (comma inside the marks);
 * - fr: `« Il faut agir ensemble », a déclaré Amy Pope, Directrice générale de l’OIM.` (guillemets
 *   with no-break spaces U+00A0 inside, comma after);
 * - es: `«Hay que actuar juntos», afirmó Amy Pope, Directora General de la OIM.` (no spaces inside).
 *
 * A quote ending in `?`, `!` or `…` keeps its mark and takes no comma.
 */
export function formatQuoteAttribution(quote: Quote, locale: Locale, options: FormatQuoteOptions = {}): string {
  const text = quote.text.trim().replace(/[,;.]+$/u, '');
  const ownMark = /[?!…]$/u.test(text);
  const verb = options.verb ?? VERBS[locale];
  const speaker = formatSpeaker(quote.speaker);
  switch (locale) {
    case 'en':
      return `“${text}${ownMark ? '' : ','}” ${verb} ${speaker}.`;
    case 'fr':
      return `«${NBSP}${text}${NBSP}»${ownMark ? '' : ','} ${verb} ${speaker}.`;
    case 'es': {
      const [open, close] = options.spanishQuotes === 'curly' ? ['“', '”'] : ['«', '»'];
      return `${open}${text}${close}${ownMark ? '' : ','} ${verb} ${speaker}.`;
    }
  }
}
