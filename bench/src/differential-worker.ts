// One worker of the long zod / JSON Schema differential (bench/differential.mjs, `npm run differential`).
// Bundled from sources by the runner; it receives tasks `{ kind, seed, runs }` over IPC and answers,
// for each, how many payloads it judged, the verdict counts, the cross-field codes only zod checks,
// and the disagreements it found (fast-check's seed, path and shrunk counterexample). A property that
// fails stops fast-check's run: the runner starts the rest of the task again from a new seed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JsonSchema, type PayloadKind, toJsonSchema } from '@iom/core';
import { judge, payloads, strictAjv, ZOD_ONLY_CODES } from '@iom/test-kit';
import fc from 'fast-check';
import { FIXTURES } from './fixtures/index.js';
import * as modules from './packages.generated.js';
import { kindsOf, ROOT } from './workspace.js';

/** Every payload kind of every entry point, once per ref. */
const kinds = new Map<string, PayloadKind>();
for (const module of Object.values(modules)) for (const kind of kindsOf(module)) kinds.set(kind.ref, kind);

/** The repository's examples (JSON and NDJSON) and the bench fixtures, as seeds, by kind. */
function seedsByKind(): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const add = (payload: unknown, ref = (payload as { $kind?: unknown })?.$kind) => {
    if (typeof ref !== 'string') return;
    found.set(ref, [...(found.get(ref) ?? []), payload]);
  };
  const dir = join(ROOT, 'examples');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.json') && !name.endsWith('.ndjson')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.json')) {
      const value: unknown = JSON.parse(text);
      for (const payload of Array.isArray(value) ? value : [value]) add(payload);
    } else {
      for (const line of text.split('\n')) if (line.trim() !== '') add(JSON.parse(line));
    }
  }
  for (const [ref, fixtures] of Object.entries(FIXTURES)) {
    for (let index = 0; index < 8; index += 1) add(fixtures.valid(index), ref);
    for (let index = 0; index < 2; index += 1) add(fixtures.invalid(index), ref);
  }
  return found;
}

const seeds = seedsByKind();
const schemas = new Map<string, JsonSchema>([...kinds.values()].map((kind) => [kind.ref, toJsonSchema(kind)]));

/**
 * What the results depend on: the JSON Schemas, the seeds and this worker's code. A saved run with
 * another fingerprint is stale and is not resumed.
 */
const fingerprint = createHash('sha256')
  .update(JSON.stringify([...schemas]))
  .update(JSON.stringify([...seeds]))
  .update(readFileSync(process.argv[1] ?? '', 'utf8'))
  .digest('hex')
  .slice(0, 16);

interface Task {
  readonly kind: string;
  readonly seed: number;
  readonly runs: number;
}

function runTask(task: Task) {
  const kind = kinds.get(task.kind);
  const schema = schemas.get(task.kind);
  if (kind === undefined || schema === undefined) throw new Error(`unknown kind ${task.kind}`);
  const validateJson = strictAjv().compile(schema);
  const counts = { valid: 0, invalid: 0, judged: 0 };
  const zodOnly: Record<string, number> = {};
  const property = fc.property(payloads(seeds.get(task.kind) ?? [], task.kind), (payload) => {
    const verdict = judge(kind.schema, validateJson, payload, ZOD_ONLY_CODES);
    counts.judged += 1;
    counts[verdict.zodValid ? 'valid' : 'invalid'] += 1;
    if (verdict.outcome === 'zod-only') for (const code of verdict.zodCodes) zodOnly[code] = (zodOnly[code] ?? 0) + 1;
    if (verdict.outcome === 'disagree') throw new Error(verdict.report);
  });
  const result = fc.check(property, { seed: task.seed, numRuns: task.runs });
  // Shrinking judges more payloads than the run counts: the run's own count is `result.numRuns`.
  const failure =
    result.failed && result.counterexample !== null
      ? {
          seed: result.seed,
          path: result.counterexamplePath,
          report: result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance),
          counterexample: result.counterexample[0],
        }
      : undefined;
  if (result.failed && failure === undefined)
    throw new Error(`fast-check failed without a counterexample: ${String(result.errorInstance)}`);
  return { runs: result.numRuns, counts, zodOnly, failure };
}

process.on('message', (message: { task?: Task; hello?: true }) => {
  if (message.hello) {
    process.send?.({ hello: { fingerprint, kinds: [...kinds.keys()].sort() } });
    return;
  }
  if (message.task !== undefined) process.send?.({ done: { task: message.task, ...runTask(message.task) } });
});
