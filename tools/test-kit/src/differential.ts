/**
 * The zod / JSON Schema differential, shared by the `npm test` check (packages/cli) and the long run
 * (`npm run differential`, bench/differential.mjs): payloads generated from seed payloads by small
 * mutations, each judged by the zod schema and by ajv on the JSON Schema, and any verdict that
 * differs described by paths and codes only (payload values never enter a report).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** What the differential needs of a zod schema: its `safeParse`. */
export interface ZodLike {
  /** zod's verdict, with its issues on failure. */
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: ReadonlyArray<{ code: string; path: PropertyKey[]; params?: unknown }> } };
}

/**
 * ajv as an app not written in TypeScript runs the shipped schemas: draft 2020-12, strict mode (which
 * refuses unknown formats and keywords), and the standard formats of ajv-formats.
 */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  return ajv;
}

type Path = Array<string | number>;

/** Every path to a value inside `value` (not the root). */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...prefix, key], ...paths(inner, [...prefix, key])]);
}

function parentOf(root: unknown, path: Path): { parent: Record<string | number, unknown>; key: string | number } {
  let current = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) current = current[segment] as Record<string | number, unknown>;
  return { parent: current, key: path.at(-1) as string | number };
}

/**
 * Characters and runs that turn a valid text into a near miss of its format: separators of links,
 * addresses, dates and phone numbers, percent-encoding, spaces JSON Schema and zod may read
 * differently, non-ASCII letters, and the characters that end a label or a segment.
 */
const EDIT_TEXT = fc.constantFrom(
  ...' -._~%:/?#[]@!$&\'()*+,;=\\<>"`{}|^',
  '%2',
  '%zz',
  '%C3%A9',
  '..',
  '--',
  '://',
  'é',
  'ñ',
  'ı',
  'K',
  '٣',
  '0',
  '9',
  '00',
  '99999',
  'a',
  'Z',
  'T',
  'xn--',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\t',
  '\n',
  '\u0000',
  '\ud800',
  '😀',
);

/** One character-level edit of a text: insert, replace or delete at a position. */
const textEdit = fc.record({
  how: fc.constantFrom('insert' as const, 'replace' as const, 'delete' as const),
  at: fc.nat(),
  text: EDIT_TEXT,
});

/** One mutation of a payload. */
export const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('swap' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.string({ maxLength: 8 }),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      pick: fc.nat(),
      edits: fc.array(textEdit, { minLength: 1, maxLength: 3 }),
    }),
  },
);
/** One mutation of a payload. */
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function editText(text: string, edits: Mutation & { op: 'edit' }): string {
  let out = text;
  for (const edit of edits.edits) {
    const at = edit.at % (out.length + 1);
    if (edit.how === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
    else if (edit.how === 'replace') out = out.slice(0, at) + edit.text + out.slice(at + 1);
    else out = out.slice(0, at) + out.slice(at + 1);
  }
  return out;
}

/**
 * Applies one mutation to a copy of `seed`: drop a value, replace it with any JSON, copy another
 * value over it, add a key, or edit a text character by character (on the string picked among all).
 */
export function applyMutation(seed: unknown, m: Mutation): unknown {
  const copy: unknown = structuredClone(seed);
  const all = paths(copy);
  if (m.op === 'edit') {
    const texts = all.filter((path) => {
      const { parent, key } = parentOf(copy, path);
      return typeof parent[key] === 'string';
    });
    if (texts.length === 0) return copy;
    const { parent, key } = parentOf(copy, texts[m.pick % texts.length] as Path);
    parent[key] = editText(parent[key] as string, m);
    return copy;
  }
  if (all.length === 0) return copy;
  const path = all[m.pick % all.length] as Path;
  const { parent, key } = parentOf(copy, path);
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = m.value;
      break;
    case 'swap': {
      const source = all[m.other % all.length] as Path;
      const { parent: p, key: k } = parentOf(seed, source);
      parent[key] = structuredClone(p[k]);
      break;
    }
    case 'add': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)[m.key] = m.value;
      else parent[key] = m.value;
      break;
    }
  }
  return copy;
}

/**
 * Payloads of one kind: a seed with one to three mutations (most of them), or random keys beside the
 * kind's `$kind`. Without seeds, mutations of `{ $kind: ref }`.
 */
export function payloads(seeds: readonly unknown[], ref: string): fc.Arbitrary<unknown> {
  const base = seeds.length > 0 ? fc.constantFrom(...seeds) : fc.constant({ $kind: ref });
  const mutated = fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([seed, mutations]) => mutations.reduce((value, m) => applyMutation(value, m), seed as unknown));
  const random = fc
    .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
    .map((extra) => ({ ...extra, $kind: ref }));
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: random });
}

/** What zod and ajv said of one payload. */
export interface Judgement {
  /** zod's verdict. */
  readonly zodValid: boolean;
  /** ajv's verdict on the JSON Schema. */
  readonly jsonValid: boolean;
  /** The IOM codes of zod's custom issues (`params.code`), or zod's own codes; empty when valid. */
  readonly zodCodes: readonly string[];
  /**
   * `agree`; `zod-only` when zod refuses with rules JSON Schema cannot state (all its codes among
   * the `zodOnly` codes given) and ajv accepts; `disagree` otherwise.
   */
  readonly outcome: 'agree' | 'zod-only' | 'disagree';
  /** Both verdicts with paths and codes (never values), for a report. */
  readonly report: string;
}

/**
 * Judges `payload` by zod and by ajv. `zodOnly` lists the codes of the cross-field rules that only zod
 * checks (whole-object refinements JSON Schema cannot state): a payload zod refuses with those codes
 * alone, and ajv accepts, is the documented difference; every other difference is a bug.
 */
export function judge(
  schema: ZodLike,
  validateJson: ValidateFunction,
  payload: unknown,
  zodOnly: ReadonlySet<string>,
): Judgement {
  const zod = schema.safeParse(payload);
  const jsonValid = validateJson(payload) === true;
  const issues = zod.success ? [] : zod.error.issues;
  const zodCodes = issues.map((issue) => {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return issue.code === 'custom' && typeof code === 'string' ? code : issue.code;
  });
  const outcome =
    zod.success === jsonValid
      ? 'agree'
      : !zod.success && jsonValid && zodCodes.every((code) => zodOnly.has(code))
        ? 'zod-only'
        : 'disagree';
  const zodSays = zod.success
    ? 'valid'
    : `invalid (${issues.map((issue, i) => `${issue.path.map(String).join('.')}:${zodCodes[i]}`).join(', ')})`;
  const ajvSays = jsonValid
    ? 'valid'
    : `invalid (${(validateJson.errors ?? []).map((e) => `${e.instancePath}:${e.keyword}`).join(', ')})`;
  return { zodValid: zod.success, jsonValid, zodCodes, outcome, report: `zod ${zodSays}, ajv ${ajvSays}` };
}
