import type { Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as core from './index.js';
import type {
  CountryCode,
  IsoDate,
  IsoDateTime,
  Issue,
  Locale,
  LocalizedText,
  PayloadValidation,
  PostalAddress,
  Reading,
  SubdivisionCode,
} from './index.js';
import { definePayloadKind, kindField, localize, validate } from './index.js';

describe('explicit types', () => {
  it('equal what each schema infers, output and input', () => {
    expectTypeOf<z.output<typeof core.LocalizedText>>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<Mutual<z.output<typeof core.LocalizedText>, LocalizedText>>().toEqualTypeOf<true>();
    expectTypeOf<z.input<typeof core.LocalizedText>>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<Mutual<z.input<typeof core.LocalizedText>, LocalizedText>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof core.Locale>>().toEqualTypeOf<Locale>();
    expectTypeOf<z.input<typeof core.Locale>>().toEqualTypeOf<Locale>();
    expectTypeOf<z.output<typeof core.CountryCode>>().toEqualTypeOf<CountryCode>();
    expectTypeOf<z.output<typeof core.SubdivisionCode>>().toEqualTypeOf<SubdivisionCode>();
    expectTypeOf<z.output<typeof core.IsoDate>>().toEqualTypeOf<IsoDate>();
    expectTypeOf<z.output<typeof core.IsoDateTime>>().toEqualTypeOf<IsoDateTime>();
    expectTypeOf<z.output<typeof core.PostalAddressShape>>().toEqualTypeOf<PostalAddress>();
    expectTypeOf<z.input<typeof core.PostalAddressShape>>().toEqualTypeOf<PostalAddress>();
    expectTypeOf<Mutual<z.output<typeof core.PostalAddressShape>, PostalAddress>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof core.PostalAddressShape>, PostalAddress>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof core.PostalAddress>>().toEqualTypeOf<PostalAddress>();
  });

  it('catches an optional property that drops `| undefined`', () => {
    expectTypeOf<Mutual<{ en?: string }, { en?: string | undefined }>>().toEqualTypeOf<false>();
  });
});

describe('core types', () => {
  it('infers the public types of the schemas', () => {
    expectTypeOf<Locale>().toEqualTypeOf<'en' | 'fr' | 'es'>();
    expectTypeOf<LocalizedText>().toEqualTypeOf<{ en?: string; fr?: string; es?: string }>();
    expectTypeOf<CountryCode>().toEqualTypeOf<string>();
    expectTypeOf<IsoDate>().toEqualTypeOf<string>();
  });

  it('gives issues one readonly shape', () => {
    expectTypeOf<Issue>().toEqualTypeOf<{
      readonly path: readonly (string | number)[];
      readonly code: string;
      readonly message: string;
    }>();
    expectTypeOf<Reading<number>['issues']>().toEqualTypeOf<readonly Issue[]>();
  });

  it('types validate’s data from the schema and narrows on success', () => {
    const result = validate(kindField('iom.x', 1), 'iom.x@1');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<'iom.x@1'>();
    else expectTypeOf(result.data).toEqualTypeOf<undefined>();
  });

  it('keeps a payload kind’s id, version and schema types', () => {
    const kind = definePayloadKind({
      id: 'iom.x',
      version: 2,
      title: { en: 'X', fr: 'X', es: 'X' },
      schema: kindField('iom.x', 2),
    });
    expectTypeOf(kind.ref).toEqualTypeOf<'iom.x@2'>();
    expectTypeOf<z.infer<typeof kind.schema>>().toEqualTypeOf<'iom.x@2'>();
    expectTypeOf<PayloadValidation['issues']>().toExtend<readonly Issue[]>();
  });
});

describe('localize', () => {
  it('accepts what LocalizedText infers under exactOptionalPropertyTypes', () => {
    const text: LocalizedText = { fr: 'Chef de mission' };
    expectTypeOf(localize(text, 'es')).toEqualTypeOf<string | undefined>();
  });
});
