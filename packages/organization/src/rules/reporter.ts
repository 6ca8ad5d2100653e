import { coreIssues, dateArg, type IssueSink, type LocalizedArg, type MessageArgs, type PathSegment } from '@iom/core';
import { type OrganizationIssueCode, organizationIssues, structureWords } from '../messages/index.js';
import type { StructureCollection } from '../messages/words.js';
import { BEGINNING, type Validity } from '../validity.js';

/**
 * Reports a structure's issues to a zod check's sink, each once per code and set of ids however many
 * dates show it. Arguments are built only for an issue not reported yet: the rules meet the same
 * problem at every change point.
 */
export class StructureReporter {
  readonly #sink: IssueSink;
  readonly #seen = new Set<string>();

  constructor(sink: IssueSink) {
    this.#sink = sink;
  }

  /** Reports `code` at `path`, unless an issue of the same code and `key` was reported already. */
  add(code: OrganizationIssueCode, path: readonly PathSegment[], key: string, args: () => MessageArgs): void {
    const full = `${code}|${key}`;
    if (this.#seen.has(full)) return;
    this.#seen.add(full);
    this.#sink.addIssue(organizationIssues.custom(code, { path, args: args() }));
  }

  /** Reports `item`'s range as reversed (core's `date_range_reversed`) at `path`. */
  reversed(path: readonly PathSegment[], item: Validity): void {
    this.#sink.addIssue(
      coreIssues.custom('date_range_reversed', {
        path,
        args: { start: item.validFrom ?? '', end: item.validUntil ?? '' },
      }),
    );
  }
}

/** "on 1 January 2024" in every locale, or "from the start" for {@link BEGINNING}. */
export function when(date: string): LocalizedArg {
  const written = dateArg(date);
  const at = (locale: 'en' | 'fr' | 'es') =>
    date === BEGINNING
      ? structureWords[locale].fromTheStart
      : structureWords[locale].onDate.replace('{date}', written[locale]);
  return { en: at('en'), fr: at('fr'), es: at('es') };
}

/** The name of one of a structure's lists, in every locale. */
export function collectionName(collection: StructureCollection): LocalizedArg {
  return {
    en: structureWords.en.collections[collection],
    fr: structureWords.fr.collections[collection],
    es: structureWords.es.collections[collection],
  };
}
