#!/usr/bin/env node
// npm run differential: the long zod / JSON Schema differential, not part of `npm test`. For every
// payload kind, DIFF_RUNS payloads (100,000 unless told) generated from the examples, the packages'
// reference data (missions, IOM structure) and the bench fixtures by the generator of the `npm test`
// differential (@iom/test-kit), each judged by zod and by ajv in strict mode on the JSON Schema the
// packages ship (toJsonSchema). Runs in DIFF_WORKERS
// processes (2 unless told), in tasks of DIFF_CHUNK payloads, each with its own fast-check seed.
//
// Resumable: finished tasks are saved in bench/.out/differential-state.json, and a run that stops
// (Ctrl-C, a crash, a time limit) continues where it was when started again, unless the JSON Schemas,
// seeds or generator changed (`--fresh` starts over anyway). Every disagreement ever found is kept in
// bench/.out/differential-found.ndjson with its seed and shrunk counterexample, to be copied into the
// fixed cases of packages/cli/src/json-schema-differential.test.ts. Exits 1 when this run found any.
//
// DIFF_KINDS=iom.contact-point@1,... limits the kinds. The tasks' seeds are fixed, so that a run can be
// resumed and repeated; DIFF_SALT=<text> draws other seeds (another 100,000 payloads per kind), with a
// state of its own.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromSources } from '../scripts/bundle-from-sources.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const OUT = join(BENCH, '.out');
const SALT = process.env.DIFF_SALT ?? '';
const STATE = join(
  OUT,
  SALT === '' ? 'differential-state.json' : `differential-state.${SALT.replace(/[^\w.-]/g, '_')}.json`,
);
const FOUND = join(OUT, 'differential-found.ndjson');
const RUNS = Number(process.env.DIFF_RUNS ?? 100_000);
const CHUNK = Number(process.env.DIFF_CHUNK ?? 2_000);
const WORKERS = Math.max(1, Number(process.env.DIFF_WORKERS ?? 2));
const ONLY = new Set((process.env.DIFF_KINDS ?? '').split(',').filter(Boolean));
const fresh = process.argv.includes('--fresh');
mkdirSync(OUT, { recursive: true });

const log = (message) => process.stderr.write(`[differential] ${message}\n`);

// The worker, bundled from the packages' sources (the `@iom/source` condition), as the bench does.
const workerFile = join(OUT, 'differential-worker.mjs');
await bundleFromSources(join(BENCH, 'src', 'differential-worker.ts'), workerFile);

/** A fast-check seed for task `index` of `kind`: the same every run, so that a resumed run repeats none. */
const seedOf = (kind, index) => createHash('sha256').update(`${SALT}${kind}#${index}`).digest().readInt32LE(0);

const workers = Array.from({ length: WORKERS }, () =>
  fork(workerFile, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
);
const ask = (worker, message) =>
  new Promise((resolve, reject) => {
    const onMessage = (answer) => {
      worker.off('exit', onExit);
      resolve(answer);
    };
    const onExit = (code) => reject(new Error(`a worker stopped (exit ${code})`));
    worker.once('message', onMessage);
    worker.once('exit', onExit);
    worker.send(message);
  });

const hellos = await Promise.all(workers.map((worker) => ask(worker, { hello: true })));
const { fingerprint, kinds: allKinds } = hellos[0].hello;
const kinds = allKinds.filter((kind) => ONLY.size === 0 || ONLY.has(kind));

let state = { fingerprint, kinds: {} };
if (!fresh && existsSync(STATE)) {
  const saved = JSON.parse(readFileSync(STATE, 'utf8'));
  if (saved.fingerprint === fingerprint) state = saved;
  else log('the JSON Schemas, seeds or generator changed since the saved run: starting over');
}
const save = () => {
  writeFileSync(`${STATE}.tmp`, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(`${STATE}.tmp`, STATE);
};
for (const kind of kinds) state.kinds[kind] ??= { runs: 0, valid: 0, invalid: 0, zodOnly: {}, next: 0, found: [] };

// Tasks: per kind, chunks of CHUNK runs, each from its own seed, until RUNS runs are done. A task that
// stops on a disagreement ran fewer: the next task of that kind makes up the rest.
const pending = new Set();
function nextTask() {
  for (const kind of kinds) {
    const entry = state.kinds[kind];
    const planned =
      entry.runs + [...pending].filter((task) => task.kind === kind).reduce((sum, task) => sum + task.runs, 0);
    if (planned >= RUNS) continue;
    const task = { kind, seed: seedOf(kind, entry.next), runs: Math.min(CHUNK, RUNS - planned) };
    entry.next += 1;
    pending.add(task);
    return task;
  }
  return undefined;
}

const started = Date.now();
let foundNow = 0;
let stopping = false;
process.on('SIGINT', () => {
  stopping = true;
  log('stopping after the tasks under way (state is saved; run again to continue)');
});

async function work(worker) {
  for (let task = nextTask(); task !== undefined && !stopping; task = nextTask()) {
    const { done } = await ask(worker, { task });
    pending.delete(task);
    const entry = state.kinds[task.kind];
    entry.runs += done.runs;
    entry.valid += done.counts.valid;
    entry.invalid += done.counts.invalid;
    for (const [code, count] of Object.entries(done.zodOnly)) entry.zodOnly[code] = (entry.zodOnly[code] ?? 0) + count;
    if (done.failure !== undefined) {
      foundNow += 1;
      const found = { kind: task.kind, fingerprint, date: new Date().toISOString(), ...done.failure };
      entry.found.push({ seed: found.seed, path: found.path, report: found.report });
      appendFileSync(FOUND, `${JSON.stringify(found)}\n`);
      log(`${task.kind}: DISAGREEMENT ${found.report} (seed ${found.seed}, path ${found.path})`);
    }
    save();
    const total = kinds.reduce((sum, kind) => sum + state.kinds[kind].runs, 0);
    const seconds = (Date.now() - started) / 1000;
    log(`${task.kind}: ${entry.runs}/${RUNS}; all kinds ${total}/${RUNS * kinds.length} (${seconds.toFixed(0)} s)`);
  }
}

await Promise.all(workers.map(work));
for (const worker of workers) worker.disconnect();

const rows = kinds.map((kind) => {
  const entry = state.kinds[kind];
  const zodOnly = Object.entries(entry.zodOnly)
    .map(([code, count]) => `${code} ×${count}`)
    .join(', ');
  return `${kind}\t${entry.runs} payloads\tzod valid ${entry.valid}, invalid ${entry.invalid}\tdisagreements ${entry.found.length}${zodOnly === '' ? '' : `\tonly zod: ${zodOnly}`}`;
});
process.stdout.write(`fingerprint ${fingerprint}\n${rows.join('\n')}\n`);
const complete = kinds.every((kind) => state.kinds[kind].runs >= RUNS);
if (!complete) log('not complete: run again to continue');
process.exit(foundNow > 0 || kinds.some((kind) => state.kinds[kind].found.length > 0) ? 1 : complete ? 0 : 3);
