import type { LoadedPackage } from '../discover.js';
import { batchHandler } from './batch-task.js';
import { lineBatches } from './line-batches.js';
import { countNdjsonLines } from './line-count.js';
import { WorkerPool } from './pool.js';
import type { BatchReply, BatchRequest, TaskSetup } from './protocol.js';

const BATCHES_PER_WORKER = 16;

/** How `--jobs` runs: the number of workers and when to start them. */
export interface ParallelSettings {
  /** Worker threads to use; 1 reads on the main thread only. */
  readonly jobs: number;
  /** Whether `--jobs` was given: workers start at once and every batch goes to them. */
  readonly explicit: boolean;
  /** The worker script. */
  readonly workerUrl: URL;
  /** The bytes of input per batch sent to a worker. */
  readonly batchBytes: number;
  /** Without `--jobs`, workers start once an input is known to reach this many bytes. */
  readonly threshold: number;
}

/**
 * Sends batches of NDJSON lines to worker threads, or handles them on the main thread while the workers
 * start (and for small inputs, where they never do), and hands the replies back in input order.
 */
export class BatchRunner {
  readonly #settings: ParallelSettings;
  readonly #setup: TaskSetup;
  readonly #packages: readonly LoadedPackage[];
  #local: ((batch: BatchRequest) => BatchReply) | undefined;
  #pool: WorkerPool | undefined;
  #ready = false;
  #nextId = 0;

  /** A runner for `setup`, with the packages of the main thread (for batches handled there). */
  constructor(settings: ParallelSettings, setup: TaskSetup, packages: readonly LoadedPackage[]) {
    this.#settings = settings;
    this.#setup = setup;
    this.#packages = packages;
  }

  /** Starts the workers when `--jobs` was given or the input reaches the threshold (`bytes` known so far). */
  consider(bytes: number): void {
    const { jobs, explicit, threshold, workerUrl } = this.#settings;
    if (this.#pool !== undefined || jobs < 2 || (!explicit && bytes < threshold)) return;
    this.#pool = new WorkerPool(workerUrl, jobs, this.#setup);
    this.#pool.ready.then(
      () => {
        this.#ready = true;
      },
      () => undefined,
    );
  }

  /** Handles one batch: by a worker once they are ready (always, with `--jobs`), else here. */
  async #dispatch(batch: BatchRequest): Promise<BatchReply> {
    const pool = this.#pool;
    if (pool !== undefined && this.#settings.explicit) await pool.ready;
    if (pool !== undefined && (this.#ready || this.#settings.explicit)) return pool.run(batch);
    this.#local ??= batchHandler(this.#setup, this.#packages);
    return this.#local(batch);
  }

  /**
   * Reads NDJSON `input` (named `file`) in batches and calls `onReply` with each batch's reply, in input
   * order; at most sixteen batches per worker are out at a time, so a slow `onReply` (a slow consumer of
   * stdout) stops the reading and memory stays bounded. Stops when `onReply` returns false.
   * `onProgress` gets the bytes read and records counted so far.
   */
  async run(
    input: AsyncIterable<Buffer | string>,
    file: string,
    size: number | undefined,
    onReply: (reply: BatchReply) => Promise<boolean>,
    onProgress?: (bytes: number, records: number) => void,
  ): Promise<void> {
    this.consider(size ?? 0);
    // Sixteen batches out per worker (1 MiB of input): a worker finds the next one waiting when it is
    // done even when the main thread is slow to be scheduled (a busy machine), and memory stays flat.
    const limit = BATCHES_PER_WORKER * Math.max(1, this.#settings.jobs);
    const queue: Array<Promise<BatchReply>> = [];
    let line = 1;
    let index = 0;
    let bytes = 0;
    const settle = async (): Promise<boolean> => onReply(await (queue.shift() as Promise<BatchReply>));
    try {
      for await (const batch of lineBatches(input, this.#settings.batchBytes, (read) => {
        bytes = read;
      })) {
        this.consider(bytes);
        // Numbered before it is read, from the lines and records of the batches before it.
        const count = countNdjsonLines(Buffer.from(batch.buffer, batch.byteOffset, batch.byteLength));
        const reply = this.#dispatch({ id: this.#nextId++, file, bytes: batch, line, index });
        // A batch whose reply is never awaited (reading stopped) must not become an unhandled rejection.
        reply.catch(() => undefined);
        queue.push(reply);
        line += count.lines;
        index += count.records;
        onProgress?.(bytes, index);
        while (queue.length >= limit) if (!(await settle())) return;
      }
      while (queue.length > 0) if (!(await settle())) return;
    } finally {
      queue.length = 0;
    }
  }

  /** Stops the workers, if any were started. */
  async close(): Promise<void> {
    await this.#pool?.close();
  }
}
