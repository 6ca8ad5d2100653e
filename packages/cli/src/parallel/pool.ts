import { Worker } from 'node:worker_threads';
import type { BatchReply, BatchRequest, MainMessage, TaskSetup, WorkerMessage, WorkerSetup } from './protocol.js';

/** A worker that failed or stopped: what broke, in one line without the error's message. */
export class WorkerFailure extends Error {
  /** A failure described as `what` (an error's type and place). */
  constructor(what: string) {
    super(what);
    this.name = 'WorkerFailure';
  }
}

interface Slot {
  readonly worker: Worker;
  /** Batches sent and not answered, oldest first. */
  readonly waiting: Array<{ resolve: (reply: BatchReply) => void; reject: (error: Error) => void }>;
}

/**
 * Worker threads that each answer the batches they are sent in order: a batch goes to the worker with
 * the fewest waiting. The workers start loading the packages at once; `ready` settles once every worker
 * has them and has been given its task ({@link WorkerPool.configure}).
 */
export class WorkerPool {
  readonly #slots: Slot[] = [];
  /** Settles when every worker is ready; rejects when one fails first. */
  readonly ready: Promise<void>;
  #failure: WorkerFailure | undefined;
  #closed = false;

  /** Starts `size` workers of `script`, which load the named `packages`. */
  constructor(script: URL, size: number, packages: readonly string[]) {
    const workerData: WorkerSetup = { packages };
    const ready: Array<Promise<void>> = [];
    for (let i = 0; i < size; i++) {
      // V8's default heap limits: a young generation capped at 16 MB cost the workers about 4 µs per case
      // record in extra collections (measured against the same batches on the main thread).
      const worker = new Worker(script, { workerData });
      const slot: Slot = { worker, waiting: [] };
      this.#slots.push(slot);
      ready.push(
        new Promise<void>((resolve, reject) => {
          worker.on('message', (message: WorkerMessage) => {
            if (message.type === 'ready') resolve();
            else if (message.type === 'reply') slot.waiting.shift()?.resolve(message.reply);
            else this.#fail(new WorkerFailure(message.error), reject);
          });
          worker.on('error', (error) => this.#fail(new WorkerFailure(error.name), reject));
          worker.on('exit', () => {
            if (!this.#closed) this.#fail(new WorkerFailure('worker exited'), reject);
          });
        }),
      );
    }
    this.ready = Promise.all(ready).then(() => undefined);
    // Nobody may be waiting for `ready` when a worker fails later: the failure reaches the batches.
    this.ready.catch(() => undefined);
  }

  #fail(failure: WorkerFailure, rejectReady: (error: Error) => void): void {
    this.#failure ??= failure;
    rejectReady(failure);
    for (const slot of this.#slots) for (const waiting of slot.waiting.splice(0)) waiting.reject(failure);
  }

  #configured = false;

  /** Gives every worker its task; once only. */
  configure(setup: TaskSetup): void {
    if (this.#configured) return;
    this.#configured = true;
    for (const slot of this.#slots) slot.worker.postMessage({ type: 'setup', setup } satisfies MainMessage);
  }

  /** The fewest batches any worker has out. */
  shortestQueue(): number {
    return Math.min(...this.#slots.map((slot) => slot.waiting.length));
  }

  /** Sends `batch` (its bytes' buffer is transferred) and resolves with the reply. */
  run(batch: BatchRequest): Promise<BatchReply> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    let slot = this.#slots[0] as Slot;
    for (const candidate of this.#slots) if (candidate.waiting.length < slot.waiting.length) slot = candidate;
    return new Promise<BatchReply>((resolve, reject) => {
      slot.waiting.push({ resolve, reject });
      slot.worker.postMessage({ type: 'batch', batch } satisfies MainMessage, [batch.bytes.buffer as ArrayBuffer]);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
