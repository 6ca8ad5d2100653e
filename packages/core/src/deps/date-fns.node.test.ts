import { describe, expect, it } from 'vitest';
import { dateFns as imported } from './date-fns.js';
import { dateFns as required } from './date-fns.node.js';

// The Node build loads date-fns with require() on first use: it must format exactly as the import does.
describe("the Node build's date-fns", () => {
  it('formats dates and zoned date-times as the imported date-fns does, in every locale', () => {
    const day = new Date(2023, 9, 1);
    for (const locale of ['en', 'fr', 'es'] as const) {
      for (const pattern of ['P', 'PPP', 'PPPPp']) {
        const a = imported();
        const b = required();
        expect(b.format(day, pattern, { locale: b.locales[locale] })).toBe(
          a.format(day, pattern, { locale: a.locales[locale] }),
        );
        const zoned = (api: typeof a) => new api.TZDate(Date.UTC(2024, 4, 14, 9, 30), 'America/Guayaquil');
        expect(b.format(zoned(b), pattern, { locale: b.locales[locale] })).toBe(
          a.format(zoned(a), pattern, { locale: a.locales[locale] }),
        );
      }
    }
  });

  it('loads once', () => {
    expect(required()).toBe(required());
  });
});
