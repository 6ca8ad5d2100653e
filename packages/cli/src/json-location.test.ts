import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError, positionAt } from './json-location.js';

describe('locateJsonError', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": x\n}', 3, 8, 'invalid_symbol'],
    ['{"a": 1 "b": 2}', 1, 9, 'comma_expected'],
    ['{"a": 1', 1, 8, 'unexpected_end'],
    ['{a: 1}', 1, 2, 'invalid_symbol'],
    ['{"a": 1,}', 1, 9, 'property_name_expected'],
    ['{"a": 1} // note', 1, 10, 'comments_not_allowed'],
    ['   ', 1, 1, 'empty'],
  ])('locates the error in %j at %i:%i (%s)', (text, line, column, problem) => {
    expect(locateJsonError(text)).toEqual({ line, column, problem });
  });

  it('offsets positions by where the text starts', () => {
    expect(locateJsonError('{"a" 1}', { line: 10, column: 5 })).toMatchObject({
      line: 10,
      column: 10,
      problem: 'colon_expected',
    });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('never throws and always gives a position inside the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const error = locateJsonError(text);
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.line).toBeLessThanOrEqual(text.split('\n').length);
      }),
    );
  });
});

describe('locateJsonError on deep nesting', () => {
  it('locates an unclosed text nested 100,000 levels deep at its end, without a stack overflow', () => {
    const text = '['.repeat(100_000);
    expect(locateJsonError(text)).toEqual({ line: 1, column: 100_001, problem: 'unexpected_end' });
  });

  it('locates what follows a deep value where V8 places it', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}]`;
    expect(locateJsonError(text)).toEqual({ line: 1, column: 200_001, problem: 'invalid_symbol' });
  });
});
