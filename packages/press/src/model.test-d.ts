import type { Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as missionRef from './mission-ref.js';
import type { MissionIdV1 } from './mission-ref.js';
import type * as model from './model.js';
import type * as release from './release.js';
import type * as releaseV1 from './release-v1.js';
import type { PressReleaseV1 } from './release-v1.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('PressRelease', () => {
    expectTypeOf<z.output<typeof model.PressReleaseShape>>().toEqualTypeOf<release.PressRelease>();
    expectTypeOf<z.input<typeof model.PressReleaseShape>>().toEqualTypeOf<release.PressRelease>();
    expectTypeOf<Mutual<z.output<typeof model.PressReleaseShape>, release.PressRelease>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof model.PressReleaseShape>, release.PressRelease>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.PressRelease>>().toEqualTypeOf<release.PressRelease>();
    expectTypeOf<z.input<typeof release.PressRelease>>().toEqualTypeOf<release.PressRelease>();
  });

  it('PressReleaseV1', () => {
    expectTypeOf<Mutual<z.output<typeof releaseV1.PressReleaseV1Shape>, PressReleaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof releaseV1.PressReleaseV1Shape>, PressReleaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof releaseV1.PressReleaseV1>>().toEqualTypeOf<PressReleaseV1>();
  });

  it('the parts of a release', () => {
    expectTypeOf<z.output<typeof model.TranslationLink>>().toEqualTypeOf<model.TranslationLink>();
    expectTypeOf<z.input<typeof model.TranslationLink>>().toEqualTypeOf<model.TranslationLink>();
    expectTypeOf<Mutual<z.output<typeof model.TranslationLink>, model.TranslationLink>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Dateline>>().toEqualTypeOf<model.Dateline>();
    expectTypeOf<z.input<typeof model.Dateline>>().toEqualTypeOf<model.Dateline>();
    expectTypeOf<Mutual<z.output<typeof model.Dateline>, model.Dateline>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Speaker>>().toEqualTypeOf<model.Speaker>();
    expectTypeOf<z.input<typeof model.Speaker>>().toEqualTypeOf<model.Speaker>();
    expectTypeOf<Mutual<z.output<typeof model.Speaker>, model.Speaker>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Quote>>().toEqualTypeOf<model.Quote>();
    expectTypeOf<z.input<typeof model.Quote>>().toEqualTypeOf<model.Quote>();
    expectTypeOf<Mutual<z.output<typeof model.Quote>, model.Quote>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.ReleasePartner>>().toEqualTypeOf<model.ReleasePartner>();
    expectTypeOf<z.input<typeof model.ReleasePartner>>().toEqualTypeOf<model.ReleasePartner>();
    expectTypeOf<z.output<typeof model.ReleaseSource>>().toEqualTypeOf<model.ReleaseSource>();
    expectTypeOf<z.input<typeof model.ReleaseSource>>().toEqualTypeOf<model.ReleaseSource>();
    expectTypeOf<Mutual<z.output<typeof model.ReleaseSource>, model.ReleaseSource>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.ReleaseId>>().toEqualTypeOf<model.ReleaseId>();
    expectTypeOf<z.output<typeof missionRef.MissionIdV1>>().toEqualTypeOf<MissionIdV1>();
    expectTypeOf<z.output<typeof model.ReleaseKind>>().toEqualTypeOf<model.ReleaseKind>();
    expectTypeOf<z.output<typeof model.ReleaseScope>>().toEqualTypeOf<model.ReleaseScope>();
    expectTypeOf<z.output<typeof model.PartnerRole>>().toEqualTypeOf<model.PartnerRole>();
    expectTypeOf<z.output<typeof model.Topic>>().toEqualTypeOf<model.Topic>();
  });
});
