import { iso31662 } from 'iso-3166/2.js';
import { describe, expect, it } from 'vitest';
import { subdivisionName } from './entry/subdivision-names.js';
import { isSubdivisionCode } from './subdivision.js';

describe('subdivisionName', () => {
  it('names a subdivision as ISO 3166-2 does', () => {
    expect(subdivisionName('EC-I')).toBe('Imbabura');
    expect(subdivisionName('PE-LIM')).toBe('Lima');
  });

  it('names every code SubdivisionCode accepts, and nothing else', () => {
    for (const { code, name } of iso31662) {
      expect(isSubdivisionCode(code)).toBe(true);
      expect(subdivisionName(code)).toBe(name);
    }
    expect(subdivisionName('EC-ZZ')).toBeUndefined();
    expect(subdivisionName('ec-i')).toBeUndefined();
    expect(subdivisionName('constructor')).toBeUndefined();
  });
});
