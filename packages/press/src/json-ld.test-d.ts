import type { NewsArticle, WithContext } from 'schema-dts';
import { expectTypeOf, test } from 'vitest';
import { toJsonLd } from './json-ld.js';

test('toJsonLd returns schema-dts NewsArticle JSON-LD', () => {
  expectTypeOf(toJsonLd).returns.toExtend<WithContext<NewsArticle>>();
  expectTypeOf(toJsonLd).returns.not.toExtend<WithContext<NewsArticle> & { headline: number }>();
});
