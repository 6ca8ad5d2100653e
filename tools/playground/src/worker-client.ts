import type { CheckReport } from './check-text.js';
import type { Example } from './examples.js';
import type { FromWorker, KindEntry, ToWorker } from './protocol.js';

/** What a check came to: a report, a worker that took too long (and was stopped), or a bug. */
export type CheckOutcome =
  | { readonly type: 'report'; readonly report: CheckReport }
  | { readonly type: 'timeout' }
  | { readonly type: 'failed'; readonly error: string };

/**
 * Runs the validating worker for the page: one request at a time (a new one replaces the one waiting),
 * and a worker that gives no answer in `timeoutMs` is stopped and replaced by a fresh one, so that the
 * page never waits on a stuck worker. The worker's code comes as text and runs from a `blob:` URL: the
 * page needs no second file, and works when opened from disk.
 */
export class CheckClient {
  readonly #source: string;
  readonly #timeoutMs: number;
  readonly #onReady: (kinds: readonly KindEntry[], examples: readonly Example[]) => void;
  #worker: Worker | undefined;
  #next = 0;
  #pending: { id: number; done: (outcome: CheckOutcome | undefined) => void; timer: number } | undefined;

  /** A client of a worker built from `source`; `onReady` hears the kinds and examples once each worker starts. */
  constructor(
    source: string,
    timeoutMs: number,
    onReady: (kinds: readonly KindEntry[], examples: readonly Example[]) => void,
  ) {
    this.#source = source;
    this.#timeoutMs = timeoutMs;
    this.#onReady = onReady;
  }

  /** Starts the worker, if it is not running. */
  start(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const url = URL.createObjectURL(new Blob([this.#source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'ready') {
        URL.revokeObjectURL(url); // loaded: the URL is no longer needed
        this.#onReady(message.kinds, message.examples);
        return;
      }
      const pending = this.#pending;
      if (pending === undefined || pending.id !== message.id) return;
      this.#settle(message.type === 'report' ? message : { type: 'failed', error: message.error });
    };
    this.#worker = worker;
    return worker;
  }

  /** Checks a text; `undefined` when a later request replaced this one before it was answered. */
  check(request: Omit<ToWorker, 'type' | 'id'>): Promise<CheckOutcome | undefined> {
    this.#settle(undefined);
    const worker = this.start();
    const id = ++this.#next;
    return new Promise((done) => {
      const timer = window.setTimeout(() => {
        this.#worker?.terminate();
        this.#worker = undefined;
        this.#settle({ type: 'timeout' });
      }, this.#timeoutMs);
      this.#pending = { id, done, timer };
      worker.postMessage({ type: 'check', id, ...request } satisfies ToWorker);
    });
  }

  #settle(outcome: CheckOutcome | undefined): void {
    const pending = this.#pending;
    if (pending === undefined) return;
    this.#pending = undefined;
    window.clearTimeout(pending.timer);
    pending.done(outcome);
  }
}
