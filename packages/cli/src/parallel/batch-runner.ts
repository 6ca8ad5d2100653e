import type { LoadedPackage } from '../discover.js';
import { batchHandler } from './batch-task.js';
import { BatchBuffers, lineBatches } from './line-batches.js';
import { countNdjsonLines } from './line-count.js';
import { WorkerPool } from './pool.js';
import type { BatchReply, BatchRequest, TaskSetup } from './protocol.js';

/** Input bytes out per worker at a time (then at least 2 and at most 64 batches). */
const BYTES_PER_WORKER = 4 * 1024 * 1024;

/** A worker with fewer batches out than this gets the next one; otherwise the main thread takes it. */
const WORKER_QUEUE = 2;

/** How `--jobs` runs: the number of threads that validate and when to start the workers. */
export interface ParallelSettings {
  /** Threads that validate: the main thread and `jobs - 1` workers; 1 reads on the main thread only. */
  readonly jobs: number;
  /** Whether `--jobs` was given: the workers start at once and batches wait for them. */
  readonly explicit: boolean;
  /** The worker script. */
  readonly workerUrl: URL;
  /** The bytes of input per batch sent to a worker. */
  readonly batchBytes: number;
  /** Without `--jobs`, workers start once an input is known to reach this many bytes. */
  readonly threshold: number;
}

/**
 * Sends batches of NDJSON lines to worker threads, and handles batches on the main thread too: while the
 * workers start (and for small inputs, where they never do), and whenever every worker has enough
 * waiting. The main thread only reads, numbers and writes otherwise, so it takes a share of the work as
 * one of the `jobs` threads. Replies come back in input order.
 */
export class BatchRunner {
  readonly #settings: ParallelSettings;
  readonly #setup: TaskSetup;
  readonly #packages: readonly LoadedPackage[];
  #local: ((batch: BatchRequest) => BatchReply) | undefined;
  #pool: WorkerPool | undefined;
  #ready = false;
  #nextId = 0;
  readonly #prestarted: WorkerPool | undefined;

  /**
   * A runner for `setup`, with the packages of the main thread (for batches handled there) and the
   * workers started early, if any (see {@link prestartWorkers}).
   */
  constructor(
    settings: ParallelSettings,
    setup: TaskSetup,
    packages: readonly LoadedPackage[],
    prestarted?: WorkerPool,
  ) {
    this.#settings = settings;
    this.#setup = setup;
    this.#packages = packages;
    this.#prestarted = prestarted;
  }

  /** Starts the workers when `--jobs` was given or the input reaches the threshold (`bytes` known so far). */
  consider(bytes: number): void {
    const { jobs, explicit, threshold, workerUrl } = this.#settings;
    if (this.#pool !== undefined || jobs < 2 || (!explicit && bytes < threshold)) return;
    this.#pool =
      this.#prestarted ??
      new WorkerPool(
        workerUrl,
        jobs - 1,
        this.#packages.map((pkg) => pkg.name),
      );
    this.#pool.configure(this.#setup);
    this.#pool.ready.then(
      () => {
        this.#ready = true;
      },
      () => undefined,
    );
  }

  /**
   * Handles one batch: by the least busy worker unless every worker has enough waiting, else here. With
   * `--jobs`, the first batch waits for the workers to be ready; without, batches are handled here
   * until they are.
   */
  async #dispatch(batch: BatchRequest): Promise<BatchReply> {
    const pool = this.#pool;
    if (pool !== undefined && this.#settings.explicit && !this.#ready) await pool.ready;
    if (pool !== undefined && (this.#ready || this.#settings.explicit) && pool.shortestQueue() < WORKER_QUEUE) {
      return pool.run(batch);
    }
    this.#local ??= batchHandler(this.#setup, this.#packages);
    return { ...this.#local(batch), input: batch.bytes };
  }

  /**
   * Reads NDJSON `input` (named `file`) in batches and calls `onReply` with each batch's reply, in input
   * order; at most about 4 MiB of input per worker (2 to 64 batches) is out at a time, so a slow `onReply` (a slow consumer of
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
    // About 4 MiB of input out per worker: a worker finds the next batch waiting when it is done even
    // when the main thread is slow to be scheduled (a busy machine), and memory stays flat.
    const perWorker = Math.min(64, Math.max(2, Math.floor(BYTES_PER_WORKER / this.#settings.batchBytes)));
    const limit = perWorker * Math.max(1, this.#settings.jobs);
    const queue: Array<Promise<BatchReply>> = [];
    let line = 1;
    let index = 0;
    let bytes = 0;
    // Batches' buffers are used again: given back by the workers with their replies, and at once here.
    const buffers = new BatchBuffers(this.#settings.batchBytes + 64 * 1024, limit + 2);
    const settle = async (): Promise<boolean> => {
      const reply = await (queue.shift() as Promise<BatchReply>);
      if (reply.input !== undefined) buffers.give(reply.input.buffer as ArrayBuffer);
      return onReply(reply);
    };
    try {
      for await (const batch of lineBatches(
        input,
        this.#settings.batchBytes,
        (read) => {
          bytes = read;
        },
        buffers,
      )) {
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

/**
 * Starts the workers of `iom validate` or `iom convert` before the main thread loads the packages, so that
 * both load at the same time, when they will be needed: `--jobs` given above 1, or (validate only) an
 * input file known to reach the threshold. They get their task later; unused, they are stopped.
 */
export function prestartWorkers(
  command: string,
  files: readonly string[],
  settings: ParallelSettings | undefined,
  packages: readonly string[],
  sizeOf: (file: string) => number | undefined,
): WorkerPool | undefined {
  if (settings === undefined || settings.jobs < 2 || (command !== 'validate' && command !== 'convert'))
    return undefined;
  const large =
    command === 'validate' && files.some((file) => file !== '-' && (sizeOf(file) ?? 0) >= settings.threshold);
  return settings.explicit || large ? new WorkerPool(settings.workerUrl, settings.jobs - 1, packages) : undefined;
}
