import type { MessagePort } from 'node:worker_threads';
import type { LoadedPackage } from '../discover.js';
import { describeError } from '../internal-error.js';
import { batchHandler } from './batch-task.js';
import type { BatchRequest, TaskSetup, WorkerMessage } from './protocol.js';

/**
 * Runs a worker on `port`: loads the packages with `load`, says it is ready, then answers each batch
 * in the order received. A failure is posted as one line (type and place, never the message) and
 * closes the port; the main thread reports it.
 */
export function runWorker(port: MessagePort, setup: TaskSetup, load: () => Promise<readonly LoadedPackage[]>): void {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const fail = (id: number | undefined, error: unknown) => {
    post({ type: 'failed', id, error: describeError(error) });
    port.close();
  };
  load()
    .then((packages) => {
      const handle = batchHandler(setup, packages);
      port.on('message', (batch: BatchRequest) => {
        try {
          const reply = handle(batch);
          // The output bytes of `iom validate` move to the main thread without a copy.
          port.postMessage(
            { type: 'reply', reply } satisfies WorkerMessage,
            'out' in reply ? [reply.out.buffer as ArrayBuffer] : [],
          );
        } catch (error) {
          fail(batch.id, error);
        }
      });
      post({ type: 'ready' });
    })
    .catch((error: unknown) => fail(undefined, error));
}
