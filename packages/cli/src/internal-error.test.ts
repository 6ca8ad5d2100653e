import { describe, expect, it } from 'vitest';
import { describeError } from './internal-error.js';

describe('describeError', () => {
  it('gives the type and the first code location, never the message', () => {
    const error = new TypeError("Cannot create property 'x' on string 'Maria Lopez'");
    error.stack = `${error.name}: ${error.message}\n    at toCtdc (file:///work/packages/trafficking/dist/ctdc/export.js:286:38)\n    at run (file:///x/y.js:1:2)`;
    expect(describeError(error)).toBe('TypeError at export.js:286:38');
    const anonymous = new RangeError('Invalid time value 2024-13-45');
    anonymous.stack = 'RangeError: Invalid time value 2024-13-45\n    at /srv/app/node_modules/x/index.js:3:9';
    expect(describeError(anonymous)).toBe('RangeError at index.js:3:9');
  });

  it('copes with errors without a stack, odd names and thrown non-errors', () => {
    const bare = new SyntaxError('Unexpected token M in JSON at position 0: "Maria"');
    delete bare.stack;
    expect(describeError(bare)).toBe('SyntaxError');
    const odd = new Error('x');
    odd.name = 'Maria Lopez, born 2001-02-03';
    expect(describeError(odd)).toMatch(/^Error( at |$)/);
    expect(describeError('Maria')).toBe('string');
    expect(describeError(undefined)).toBe('undefined');
  });
});
