import { formatIssues } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExploitationType } from './codes.js';
import { checklist } from './schema.js';

const Types = checklist(ExploitationType);

describe('checklist', () => {
  it('accepts answers to codes of its list, and gives the input back unchanged', () => {
    const input = { ForcedLabour: 'yes', SexualExploitation: 'unknown', ChildLabour: 'notCollected' };
    expect(Types.safeParse(input)).toEqual({ success: true, data: input });
    expect(Types.safeParse({}).success).toBe(true);
  });

  it('names the code whose answer is not yes, no, unknown or notCollected', () => {
    const issues = formatIssues(Types.safeParse({ ForcedLabour: 'maybe', SexualExploitation: 'no' }).error, 'en');
    expect(issues).toEqual([expect.objectContaining({ path: ['ForcedLabour'], code: 'invalid_value' })]);
  });

  it('counts unknown items without repeating them, even with a bad answer', () => {
    const error = Types.safeParse({ 'Maria Lopez': 'maybe', __proto__x: 'yes', ForcedLabour: 'no' }).error;
    const issues = formatIssues(error, 'fr');
    expect(issues).toEqual([{ path: [], code: 'checklist_code_unknown', message: expect.stringContaining('2') }]);
    expect(JSON.stringify(error)).not.toContain('Maria');
  });

  it('wants an object', () => {
    for (const input of [null, [], 'yes', 3]) {
      expect(formatIssues(Types.safeParse(input).error, 'en').map((issue) => issue.code)).toEqual(['invalid_type']);
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
