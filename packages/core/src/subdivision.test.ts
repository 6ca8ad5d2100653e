import fc from 'fast-check';
import { iso31662 } from 'iso-3166/2.js';
import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issues.js';
import { isSubdivisionCode, SubdivisionCode, subdivisionCountry } from './subdivision.js';

const codeOf = (input: unknown) => {
  const result = SubdivisionCode.safeParse(input);
  return result.success ? undefined : formatIssues(result.error, 'en')[0]?.code;
};

describe('SubdivisionCode', () => {
  it('accepts ISO 3166-2 codes', () => {
    expect(SubdivisionCode.parse('EC-I')).toBe('EC-I');
    expect(SubdivisionCode.parse('PE-LIM')).toBe('PE-LIM');
    expect(SubdivisionCode.parse('CO-DC')).toBe('CO-DC');
  });

  it('gives a distinct code per problem', () => {
    expect(codeOf('ec-i')).toBe('subdivision_code_lowercase');
    expect(codeOf('EC-ZZ')).toBe('subdivision_code_unknown');
    expect(codeOf('Imbabura')).toBe('subdivision_code_format');
  });

  it('knows the country of a subdivision', () => {
    expect(subdivisionCountry('EC-I')).toBe('EC');
    expect(subdivisionCountry('GB-BFS')).toBe('GB');
    expect(subdivisionCountry('EC-ZZ')).toBeUndefined();
  });

  it('accepts every ISO 3166-2 code of the iso-3166 package, and its lowercase form as lowercase', () => {
    for (const { code } of iso31662) {
      expect(SubdivisionCode.safeParse(code).success).toBe(true);
      expect(subdivisionCountry(code)).toBe(code.slice(0, 2));
    }
    expect(codeOf('pe-lim')).toBe('subdivision_code_lowercase');
    expect(codeOf('zz-lim')).toBe('subdivision_code_unknown');
  });

  it('agrees with isSubdivisionCode on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 7 }), fc.constantFrom('EC-I', 'EC-P', 'PE-LIM', 'ec-i')), (value) => {
        expect(SubdivisionCode.safeParse(value).success).toBe(isSubdivisionCode(value));
      }),
    );
  });
});
