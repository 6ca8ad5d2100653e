import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { leanStringFormat } from './lean-string-format.js';

/**
 * The raw issues of one runtime parse, with the check (`inst`) and the owner zod stamps on each issue
 * (`schema`) swapped for a marker of whether they are the schema parsed.
 */
function rawIssues(schema: z.ZodType, value: unknown): unknown[] {
  const result = schema._zod.run({ value, issues: [] }, { async: false }) as z.core.ParsePayload;
  const mark = (owner: unknown): unknown => (owner === schema ? 'the schema parsed' : owner);
  return result.issues.map((issue) => {
    const { inst, schema: owner, ...rest } = issue as z.core.$ZodRawIssue & { schema?: unknown };
    return { keys: Object.keys(issue), rest, inst: mark(inst), owner: mark(owner) };
  });
}

const texts = fc.oneof(
  fc.string(),
  fc.emailAddress(),
  fc.stringMatching(/^\+?[0-9 ]{0,18}$/),
  fc.constantFrom('nzelisko@iom.int', 'nzelisko at iom.int', '+59322444928', '022444928', ''),
);

describe('leanStringFormat', () => {
  for (const [name, make] of [
    ['email', () => z.email()],
    ['e164', () => z.e164()],
    ['email with a message', () => z.email({ error: 'Not an address' })],
  ] as const) {
    it(`gives zod's verdicts and issues, raw and final: ${name}`, () => {
      const stock = make();
      const lean = leanStringFormat(make());
      expect(lean).not.toBe(stock);
      fc.assert(
        fc.property(fc.oneof(texts, fc.anything()), (value) => {
          expect(rawIssues(lean, value)).toEqual(rawIssues(stock, value));
          const [a, b] = [lean.safeParse(value), stock.safeParse(value)];
          expect(a.success).toBe(b.success);
          expect(a.data).toEqual(b.data);
          expect(a.error?.issues).toEqual(b.error?.issues);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("is the check zod's runtime calls (it reads `_zod.check` on every parse)", () => {
    const lean = leanStringFormat(z.e164());
    const internals = lean._zod as unknown as z.core.$ZodCheckInternals<string>;
    const own = internals.check;
    let calls = 0;
    internals.check = (payload) => {
      calls += 1;
      return own(payload);
    };
    expect(lean.safeParse('022444928').success).toBe(false);
    expect(calls).toBe(1);
  });

  it('keeps the JSON Schema and the compiled form', () => {
    const lean = leanStringFormat(z.email());
    expect(z.toJSONSchema(lean)).toEqual(z.toJSONSchema(z.email()));
    expect(z.compile(lean).safeParse('a@iom.int').success).toBe(true);
    expect(z.compile(lean).safeParse('a at iom.int').success).toBe(false);
  });

  it('returns any other schema as it is', () => {
    for (const schema of [z.string(), z.url(), z.string().regex(/^a$/), z.uuid(), z.number()]) {
      expect(leanStringFormat(schema)).toBe(schema);
    }
  });
});
