// The worker of `--jobs` for tests: the same code as src/worker.ts, with the domain packages imported
// from their sources (bundled by esbuild), so that tests need no build and always match the sources.

import { parentPort, workerData } from 'node:worker_threads';
import * as contact from '@iom/contact';
import * as core from '@iom/core';
import * as missions from '@iom/missions';
import * as organization from '@iom/organization';
import * as press from '@iom/press';
import * as trafficking from '@iom/trafficking';
import type { LoadedPackage } from '../src/discover.js';
import type { WorkerSetup } from '../src/parallel/protocol.js';
import { runWorker } from '../src/parallel/run-worker.js';

const ALL: Record<string, Readonly<Record<string, unknown>>> = {
  '@iom/core': core,
  '@iom/contact': contact,
  '@iom/organization': organization,
  '@iom/missions': missions,
  '@iom/press': press,
  '@iom/trafficking': trafficking,
};

if (parentPort !== null) {
  const { packages } = workerData as WorkerSetup;
  runWorker(parentPort, async () =>
    packages.flatMap((name): LoadedPackage[] => {
      const exports = ALL[name];
      return exports === undefined ? [] : [{ name, exports }];
    }),
  );
}
