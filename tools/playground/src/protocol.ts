import type { Locale } from '@iom/core';
import type { CheckReport } from './check-text.js';
import type { Example } from './examples.js';

/** A request from the page to the worker: check a text. */
export interface ToWorker {
  /** Always `check`. */
  readonly type: 'check';
  /** Carried back in the answer, so that the page drops answers to requests it has replaced. */
  readonly id: number;
  /** The text pasted. */
  readonly text: string;
  /** The locale of the messages. */
  readonly locale: Locale;
  /** The kind chosen, or `undefined` to let `$kind` choose. */
  readonly kind: string | undefined;
}

/** A kind as the page lists it. */
export interface KindEntry {
  /** `iom.contact-point@1`. */
  readonly ref: string;
  /** Its title in each locale. */
  readonly title: { readonly [L in Locale]: string };
}

/** A message from the worker to the page. */
export type FromWorker =
  | {
      /** Sent once, on start: the kinds the worker validates and the examples it has. */
      readonly type: 'ready';
      /** The kinds, sorted by id and version. */
      readonly kinds: readonly KindEntry[];
      /** The examples, sorted by kind and file name. */
      readonly examples: readonly Example[];
    }
  | {
      /** The answer to a `check`. */
      readonly type: 'report';
      /** The request's id. */
      readonly id: number;
      /** The report. */
      readonly report: CheckReport;
    }
  | {
      /** A `check` that threw (a bug: checking never throws for bad input). */
      readonly type: 'failed';
      /** The request's id. */
      readonly id: number;
      /** The error, as text. */
      readonly error: string;
    };
