import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { definePayloadKind, kindField } from '../payload-kind.js';
import { migrate } from './migrate.js';
import { addField } from './operations.js';
import { defineMigrationStep } from './step.js';

const V1 = z.object({ $kind: kindField('iom.test-typed', 1).optional(), name: z.string() });
const V2 = z.object({ $kind: kindField('iom.test-typed', 2).optional(), name: z.string(), rank: z.number() });
const typed = definePayloadKind({
  id: 'iom.test-typed',
  title: { en: 'T', fr: 'T', es: 'T' },
  versions: [
    { version: 1, schema: V1 },
    {
      version: 2,
      schema: V2,
      step: defineMigrationStep({ title: { en: 'T', fr: 'T', es: 'T' }, operations: [addField('rank', 0)] }),
    },
  ],
});

describe('migrate types', () => {
  it('returns the type of the version migrated to', () => {
    const up = migrate({}, { to: typed });
    if (up.success) expectTypeOf(up.value).toEqualTypeOf<z.input<typeof V2>>();
    const down = migrate({}, { to: typed.versions[0] });
    if (down.success) expectTypeOf(down.value).toEqualTypeOf<z.input<typeof V1>>();
    if (!down.success) expectTypeOf(down.value).toEqualTypeOf<undefined>();
  });

  it('keeps each version typed in the kind', () => {
    expectTypeOf(typed.ref).toEqualTypeOf<'iom.test-typed@2'>();
    expectTypeOf(typed.versions[0].ref).toEqualTypeOf<'iom.test-typed@1'>();
    expectTypeOf(typed.versions[0].schema).toEqualTypeOf<typeof V1>();
    expectTypeOf(typed.versions).toHaveProperty('length').toEqualTypeOf<2>();
  });
});
