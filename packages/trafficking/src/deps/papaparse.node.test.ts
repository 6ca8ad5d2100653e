import { describe, expect, it } from 'vitest';
import { papaparse as imported } from './papaparse.js';
import { papaparse as required } from './papaparse.node.js';

// The Node build loads papaparse with require() on first use: it must read and write CSV as the import does.
describe("the Node build's papaparse", () => {
  it('reads and writes CSV as the imported papaparse does', () => {
    const text = 'a,b\r\n1,"two, quoted"\r\n3,\r\n';
    expect(required().parse(text).data).toEqual(imported().parse(text).data);
    const rows = { fields: ['a', 'b'], data: [['1', 'x,y']] };
    expect(required().unparse(rows)).toBe(imported().unparse(rows));
    expect(required()).toBe(required());
  });
});
