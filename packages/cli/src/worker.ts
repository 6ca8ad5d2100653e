import { parentPort, workerData } from 'node:worker_threads';
import { loadPackages } from './discover.js';
import type { WorkerSetup } from './parallel/protocol.js';
import { runWorker } from './parallel/run-worker.js';

// The worker thread of `iom validate --jobs` and `iom convert --jobs`: loads the packages the main
// thread loads, then turns each batch of NDJSON lines it is sent into output.
if (parentPort !== null) {
  const { packages } = workerData as WorkerSetup;
  runWorker(parentPort, async () => (await loadPackages(packages)).packages);
}
