/**
 * The Web Worker that validates, so that a long text never freezes the page. On start it tells the
 * page the kinds it knows and the examples it has; then it answers each `check` request with its report.
 */
import { PayloadKindRegistry } from '@iom/core';
import { checkText } from './check-text.js';
import { type ExampleFile, examplesOf } from './examples.js';
import { PLAYGROUND_KINDS } from './kinds.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** The files of the repository's `examples/` folder, embedded by the build. */
declare const __IOM_EXAMPLE_FILES__: readonly ExampleFile[];

/** What a worker's global scope offers here (the DOM library types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const registry = new PayloadKindRegistry(PLAYGROUND_KINDS);
const scope = globalThis as unknown as WorkerScope;

scope.postMessage({
  type: 'ready',
  kinds: registry.list().map((kind) => ({ ref: kind.ref, title: kind.title })),
  examples: examplesOf(__IOM_EXAMPLE_FILES__),
});

scope.onmessage = (event) => {
  const { id, text, locale, kind } = event.data;
  checkText(registry, text, { locale, kind }).then(
    (report) => scope.postMessage({ type: 'report', id, report }),
    (error: unknown) => scope.postMessage({ type: 'failed', id, error: String(error) }),
  );
};
