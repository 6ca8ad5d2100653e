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

/** A place in a payload: a value's container and its key there. */
type Slot = { readonly parent: Record<string | number, unknown>; readonly key: string | number };

/**
 * Every place of a value inside `value` (not the root), depth first: one pass and one small object per
 * value, so that large payloads (a whole organisation structure) stay cheap to mutate.
 */
function slots(value: unknown, found: Slot[] = []): Slot[] {
  if (typeof value !== 'object' || value === null) return found;
  const parent = value as Record<string | number, unknown>;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      found.push({ parent, key: index });
      slots(value[index], found);
    }
  } else {
    for (const key of Object.keys(value)) {
      found.push({ parent, key });
      slots(parent[key], found);
    }
  }
  return found;
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
  return mutate(structuredClone(seed), m);
}

/** Applies one mutation to `payload` itself, and returns it (a new value only when the root is replaced). */
function mutate(payload: unknown, m: Mutation): unknown {
  const all = slots(payload);
  if (m.op === 'edit') {
    const texts = all.filter(({ parent, key }) => typeof parent[key] === 'string');
    const slot = texts[m.pick % Math.max(texts.length, 1)];
    if (slot !== undefined) slot.parent[slot.key] = editText(slot.parent[slot.key] as string, m);
    return payload;
  }
  const slot = all[m.pick % Math.max(all.length, 1)];
  if (slot === undefined) return payload;
  const { parent, key } = slot;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      // Copies: a later mutation of the same payload must not change fast-check's own values.
      parent[key] = structuredClone(m.value);
      break;
    case 'swap': {
      const source = all[m.other % all.length] as Slot;
      parent[key] = structuredClone(source.parent[source.key]);
      break;
    }
    case 'add': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)[m.key] = structuredClone(m.value);
      else parent[key] = structuredClone(m.value);
      break;
    }
  }
  return payload;
}

/**
 * Payloads of one kind: a seed with one to three mutations (most of them), or random keys beside the
 * kind's `$kind`. Without seeds, mutations of `{ $kind: ref }`.
 */
export function payloads(seeds: readonly unknown[], ref: string): fc.Arbitrary<unknown> {
  const base = seeds.length > 0 ? fc.constantFrom(...seeds) : fc.constant({ $kind: ref });
  const mutated = fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    // One copy per payload, mutated in place: seeds can be large (a whole organisation structure).
    .map(([seed, mutations]) => mutations.reduce((value, m) => mutate(value, m), structuredClone(seed) as unknown));
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
