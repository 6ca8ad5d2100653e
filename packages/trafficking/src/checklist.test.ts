import { formatIssues } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExploitationType } from './codes.js';
import { checklist } from './schema.js';

const Types = checklist(ExploitationType);

/** The issues of a parse that must fail, in `locale`. */
function issuesOf(input: unknown, locale: 'en' | 'fr' = 'en') {
  const { error } = Types.safeParse(input);
  if (error === undefined) throw new Error('the input should fail');
  return formatIssues(error, locale);
}

describe('checklist', () => {
  it('accepts answers to codes of its list, and gives the input back unchanged', () => {
    const input = { ForcedLabour: 'yes', SexualExploitation: 'unknown', ChildLabour: 'notCollected' };
    expect(Types.safeParse(input)).toEqual({ success: true, data: input });
    expect(Types.safeParse({}).success).toBe(true);
  });

  it('names the code whose answer is not yes, no, unknown or notCollected', () => {
    const issues = issuesOf({ ForcedLabour: 'maybe', SexualExploitation: 'no' });
    expect(issues).toEqual([expect.objectContaining({ path: ['ForcedLabour'], code: 'invalid_value' })]);
  });

  it('counts unknown items without repeating them, even with a bad answer', () => {
    const input = { 'Maria Lopez': 'maybe', __proto__x: 'yes', ForcedLabour: 'no' };
    const issues = issuesOf(input, 'fr');
    expect(issues).toEqual([{ path: [], code: 'checklist_code_unknown', message: expect.stringContaining('2') }]);
    expect(JSON.stringify(Types.safeParse(input).error)).not.toContain('Maria');
  });

  it('wants an object', () => {
    for (const input of [null, [], 'yes', 3]) {
      expect(issuesOf(input).map((issue) => issue.code)).toEqual(['invalid_type']);
    }
  });

  it('never throws, and never lets an unknown key through', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (input) => {
        const result = Types.safeParse(input);
        if (result.success) for (const key of Object.keys(result.data)) expect(ExploitationType.options).toContain(key);
      }),
    );
  });
});
