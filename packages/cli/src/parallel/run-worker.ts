import type { MessagePort } from 'node:worker_threads';
import type { LoadedPackage } from '../discover.js';
import { describeError } from '../internal-error.js';
import { batchHandler } from './batch-task.js';
import type { BatchRequest, MainMessage, WorkerMessage } from './protocol.js';

/**
 * Runs a worker on `port`: loads the packages with `load` while it waits for its task (the first
 * message), says it is ready once it has both, then answers each batch in the order received. A failure
 * is posted as one line (type and place, never the message) and closes the port; the main thread
 * reports it.
 */
export function runWorker(port: MessagePort, load: () => Promise<readonly LoadedPackage[]>): void {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const fail = (id: number | undefined, error: unknown) => {
    post({ type: 'failed', id, error: describeError(error) });
    port.close();
  };
  let packages: readonly LoadedPackage[] | undefined;
  let handle: ((batch: BatchRequest) => ReturnType<ReturnType<typeof batchHandler>>) | undefined;
  let setup: Extract<MainMessage, { type: 'setup' }>['setup'] | undefined;
  const answer = (batch: BatchRequest) => {
    try {
      const reply = { ...(handle as NonNullable<typeof handle>)(batch), input: batch.bytes };
      // The batch's buffer goes back to the main thread, for the next batches.
      port.postMessage({ type: 'reply', reply } satisfies WorkerMessage, [batch.bytes.buffer as ArrayBuffer]);
    } catch (error) {
      fail(batch.id, error);
    }
  };
  const start = () => {
    if (handle !== undefined || packages === undefined || setup === undefined) return;
    try {
      handle = batchHandler(setup, packages);
      post({ type: 'ready' });
    } catch (error) {
      fail(undefined, error);
    }
  };
  port.on('message', (message: MainMessage) => {
    if (message.type === 'setup') {
      setup = message.setup;
      start();
    } else answer(message.batch);
  });
  load()
    .then((loaded) => {
      packages = loaded;
      start();
    })
    .catch((error: unknown) => fail(undefined, error));
}
