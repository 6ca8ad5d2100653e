// Validation speed per payload kind, valid and invalid payloads, side by side in one process:
// hand-written (the practical limit), zod safeParse, core's compiledSchema (lazy z.compile, lean failures),
// core's validate() (localized issues) and ajv on the generated JSON Schema. Prints JSON.
import { compiledSchema, type PayloadKind, toJsonSchema, validate } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { do_not_optimize, measure } from 'mitata';
import { FIXTURES } from './fixtures/index.js';
import { HANDWRITTEN } from './handwritten/index.js';
import * as modules from './packages.generated.js';
import { kindsOf } from './workspace.js';

const N = 64;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
// BENCH_KINDS=iom.contact-point@1,… measures only those kinds (for quick runs by hand).
const ONLY = new Set((process.env.BENCH_KINDS ?? '').split(',').filter(Boolean));

interface Row {
  kind: string;
  payload: 'valid' | 'invalid';
  contestant: string;
  ns: number;
  /** Median over rounds of this contestant's time over the hand-written time of the same round. */
  ratio?: number;
  /** The lowest and the highest of those per-round ratios: how far the rounds disagree. */
  ratioRange?: [number, number];
  note?: string;
}

/** The middle value of `list` (the upper one of two), `undefined` for an empty list. */
const median = (list: number[]): number | undefined =>
  list.length === 0 ? undefined : [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const collectGarbage = (globalThis as { gc?: () => void }).gc;
const WARM_UP_MS = 100;

async function time(run: (payload: unknown) => unknown, payloads: unknown[]): Promise<number> {
  let index = 0;
  // Collect what the previous contestant left, then warm up before timing: for the first few thousand
  // calls after a full collection zod's parses run 1.5–4× slower (CPU profiles of this bench), and mitata's own
  // collection right before its loop would charge that to every contestant that allocates.
  collectGarbage?.();
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) for (let k = 0; k < N; k++) run(payloads[index++ & (N - 1)]);
  const stats = await measure(
    () => {
      do_not_optimize(run(payloads[index++ & (N - 1)]));
    },
    { min_cpu_time: 150e6, gc: false },
  );
  return stats.avg;
}

const kinds = new Map<string, PayloadKind>();
for (const module of Object.values(modules))
  for (const kind of kindsOf(module as Record<string, unknown>)) kinds.set(kind.ref, kind);

const rows: Row[] = [];
const notes: string[] = [];
for (const kind of [...kinds.values()].sort((a, b) => a.ref.localeCompare(b.ref))) {
  if (ONLY.size > 0 && !ONLY.has(kind.ref)) continue;
  const fixtures = FIXTURES[kind.ref];
  if (fixtures === undefined) {
    notes.push(`${kind.ref}: no fixtures yet, not benchmarked`);
    continue;
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  let ajvCheck: ((x: unknown) => boolean) | undefined;
  try {
    ajvCheck = ajv.compile(toJsonSchema(kind));
  } catch (error) {
    notes.push(`${kind.ref}: ajv could not compile the JSON Schema (${String(error).slice(0, 120)})`);
  }
  const hand = HANDWRITTEN[kind.ref];
  const compiled = compiledSchema(kind);
  for (const payload of ['valid', 'invalid'] as const) {
    const make = payload === 'valid' ? fixtures.valid : fixtures.invalid;
    const payloads = Array.from({ length: N }, (_, i) => make(i));
    // Correctness gate: every contestant gives the same verdict.
    for (const p of payloads) {
      const expected = payload === 'valid';
      const parsed = kind.schema.safeParse(p);
      if (parsed.success !== expected) throw new Error(`${kind.ref} ${payload}: zod verdict differs`);
      if (hand !== undefined && (hand(p).length === 0) !== expected)
        throw new Error(`${kind.ref} ${payload}: hand-written verdict differs`);
      if (ajvCheck !== undefined && ajvCheck(p) !== expected)
        notes.push(`${kind.ref} ${payload}: ajv verdict differs from zod`);
    }
    // The order matters: zod's own failing safeParse leaves V8 state behind (old-space garbage, allocation
    // sites) that slows whatever runs next, so the library's path runs first and zod's safeParse last in
    // each round; each ratio is taken against the hand-written time of the same round.
    const contestants: [string, (x: unknown) => unknown][] = [];
    if (hand !== undefined) contestants.push(['hand-written', hand]);
    contestants.push(['core compiledSchema', (x) => compiled.safeParse(x)]);
    contestants.push(['core validate() + messages', (x) => validate(kind.schema, x, 'fr')]);
    if (payload === 'invalid') contestants.push(['zod .validate() (boolean)', (x) => kind.schema.validate(x)]);
    if (ajvCheck !== undefined) {
      const check = ajvCheck;
      contestants.push(['ajv (allErrors) on toJsonSchema', (x) => check(x)]);
    }
    contestants.push(['zod safeParse', (x) => kind.schema.safeParse(x)]);
    const samples = new Map<string, { ns: number[]; ratios: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      let handNs: number | undefined;
      for (const [name, run] of contestants) {
        const ns = await time(run, payloads);
        if (name === 'hand-written') handNs = ns;
        const list = samples.get(name) ?? { ns: [], ratios: [] };
        list.ns.push(ns);
        if (handNs !== undefined) list.ratios.push(ns / handNs);
        samples.set(name, list);
      }
    }
    for (const [name, list] of samples) {
      const ratio = median(list.ratios);
      rows.push({
        kind: kind.ref,
        payload,
        contestant: name,
        ns: median(list.ns) ?? 0,
        ...(ratio === undefined
          ? {}
          : { ratio, ratioRange: [Math.min(...list.ratios), Math.max(...list.ratios)] as [number, number] }),
      });
    }
  }
}
process.stdout.write(`${JSON.stringify({ rows, notes: [...new Set(notes)], kinds: [...kinds.keys()] })}\n`);
