import { describe, expectTypeOf, it } from 'vitest';
import { defineLabels, type Labels, label } from './labels.js';

describe('label catalog types', () => {
  it('makes a missing label a compile-time error', () => {
    defineLabels(['a', 'b'], {
      en: { a: 'A', b: 'B' },
      // @ts-expect-error: 'b' is missing in French
      fr: { a: 'A' },
      es: { a: 'A', b: 'B' },
    });
  });

  it('makes an extra label a compile-time error', () => {
    defineLabels(['a'], {
      en: { a: 'A' },
      // @ts-expect-error: 'c' is not a code of the list
      fr: { a: 'A', c: 'C' },
      es: { a: 'A' },
    });
    // @ts-expect-error: satisfies catches extras in a locale file
    const extra = { a: 'A', c: 'C' } satisfies Labels<'a'>;
    expectTypeOf(extra).toHaveProperty('a');
  });

  it('types a known code’s label as string, and an arbitrary string’s as string | undefined', () => {
    const catalog = defineLabels(['a'], { en: { a: 'A' }, fr: { a: 'A' }, es: { a: 'A' } });
    expectTypeOf(label(catalog, 'a', 'en')).toEqualTypeOf<string>();
    const fromData: string = 'x';
    expectTypeOf(label(catalog, fromData, 'en')).toEqualTypeOf<string | undefined>();
  });
});
