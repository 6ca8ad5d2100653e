import type { Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as missionRef from './mission-ref.js';
import type { MissionIdV1 } from './mission-ref.js';
import type * as release from './release.js';
import type * as releaseV1 from './release-v1.js';
import type { PressReleaseV1 } from './release-v1.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('PressRelease', () => {
    expectTypeOf<z.output<typeof release.PressReleaseShape>>().toEqualTypeOf<release.PressRelease>();
    expectTypeOf<z.input<typeof release.PressReleaseShape>>().toEqualTypeOf<release.PressRelease>();
    expectTypeOf<Mutual<z.output<typeof release.PressReleaseShape>, release.PressRelease>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof release.PressReleaseShape>, release.PressRelease>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.PressRelease>>().toEqualTypeOf<release.PressRelease>();
    expectTypeOf<z.input<typeof release.PressRelease>>().toEqualTypeOf<release.PressRelease>();
  });

  it('PressReleaseV1', () => {
    expectTypeOf<Mutual<z.output<typeof releaseV1.PressReleaseV1Shape>, PressReleaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof releaseV1.PressReleaseV1Shape>, PressReleaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof releaseV1.PressReleaseV1>>().toEqualTypeOf<PressReleaseV1>();
  });

  it('the parts of a release', () => {
    expectTypeOf<z.output<typeof release.TranslationLink>>().toEqualTypeOf<release.TranslationLink>();
    expectTypeOf<z.input<typeof release.TranslationLink>>().toEqualTypeOf<release.TranslationLink>();
    expectTypeOf<Mutual<z.output<typeof release.TranslationLink>, release.TranslationLink>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.Dateline>>().toEqualTypeOf<release.Dateline>();
    expectTypeOf<z.input<typeof release.Dateline>>().toEqualTypeOf<release.Dateline>();
    expectTypeOf<Mutual<z.output<typeof release.Dateline>, release.Dateline>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.Speaker>>().toEqualTypeOf<release.Speaker>();
    expectTypeOf<z.input<typeof release.Speaker>>().toEqualTypeOf<release.Speaker>();
    expectTypeOf<Mutual<z.output<typeof release.Speaker>, release.Speaker>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.Quote>>().toEqualTypeOf<release.Quote>();
    expectTypeOf<z.input<typeof release.Quote>>().toEqualTypeOf<release.Quote>();
    expectTypeOf<Mutual<z.output<typeof release.Quote>, release.Quote>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.ReleasePartner>>().toEqualTypeOf<release.ReleasePartner>();
    expectTypeOf<z.input<typeof release.ReleasePartner>>().toEqualTypeOf<release.ReleasePartner>();
    expectTypeOf<z.output<typeof release.ReleaseSource>>().toEqualTypeOf<release.ReleaseSource>();
    expectTypeOf<z.input<typeof release.ReleaseSource>>().toEqualTypeOf<release.ReleaseSource>();
    expectTypeOf<Mutual<z.output<typeof release.ReleaseSource>, release.ReleaseSource>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.ReleaseId>>().toEqualTypeOf<release.ReleaseId>();
    expectTypeOf<z.output<typeof missionRef.MissionIdV1>>().toEqualTypeOf<MissionIdV1>();
    expectTypeOf<z.output<typeof release.ReleaseKind>>().toEqualTypeOf<release.ReleaseKind>();
    expectTypeOf<z.output<typeof release.ReleaseScope>>().toEqualTypeOf<release.ReleaseScope>();
    expectTypeOf<z.output<typeof release.PartnerRole>>().toEqualTypeOf<release.PartnerRole>();
    expectTypeOf<z.output<typeof release.Topic>>().toEqualTypeOf<release.Topic>();
  });
});
