import type { Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as missionRef from './mission-ref.js';
import type { MissionIdV1 } from './mission-ref.js';
import type * as release from './release.js';
import type {
  Dateline,
  PartnerRole,
  PressRelease,
  Quote,
  ReleaseId,
  ReleaseKind,
  ReleasePartner,
  ReleaseScope,
  ReleaseSource,
  Speaker,
  Topic,
  TranslationLink,
} from './release.js';
import type * as releaseV1 from './release-v1.js';
import type { PressReleaseV1 } from './release-v1.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('PressRelease', () => {
    expectTypeOf<z.output<typeof release.PressReleaseShape>>().toEqualTypeOf<PressRelease>();
    expectTypeOf<z.input<typeof release.PressReleaseShape>>().toEqualTypeOf<PressRelease>();
    expectTypeOf<Mutual<z.output<typeof release.PressReleaseShape>, PressRelease>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof release.PressReleaseShape>, PressRelease>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.PressRelease>>().toEqualTypeOf<PressRelease>();
    expectTypeOf<z.input<typeof release.PressRelease>>().toEqualTypeOf<PressRelease>();
  });

  it('PressReleaseV1', () => {
    expectTypeOf<Mutual<z.output<typeof releaseV1.PressReleaseV1Shape>, PressReleaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof releaseV1.PressReleaseV1Shape>, PressReleaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof releaseV1.PressReleaseV1>>().toEqualTypeOf<PressReleaseV1>();
  });

  it('the parts of a release', () => {
    expectTypeOf<z.output<typeof release.TranslationLink>>().toEqualTypeOf<TranslationLink>();
    expectTypeOf<z.input<typeof release.TranslationLink>>().toEqualTypeOf<TranslationLink>();
    expectTypeOf<Mutual<z.output<typeof release.TranslationLink>, TranslationLink>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.Dateline>>().toEqualTypeOf<Dateline>();
    expectTypeOf<z.input<typeof release.Dateline>>().toEqualTypeOf<Dateline>();
    expectTypeOf<Mutual<z.output<typeof release.Dateline>, Dateline>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.Speaker>>().toEqualTypeOf<Speaker>();
    expectTypeOf<z.input<typeof release.Speaker>>().toEqualTypeOf<Speaker>();
    expectTypeOf<Mutual<z.output<typeof release.Speaker>, Speaker>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.Quote>>().toEqualTypeOf<Quote>();
    expectTypeOf<z.input<typeof release.Quote>>().toEqualTypeOf<Quote>();
    expectTypeOf<Mutual<z.output<typeof release.Quote>, Quote>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.ReleasePartner>>().toEqualTypeOf<ReleasePartner>();
    expectTypeOf<z.input<typeof release.ReleasePartner>>().toEqualTypeOf<ReleasePartner>();
    expectTypeOf<z.output<typeof release.ReleaseSource>>().toEqualTypeOf<ReleaseSource>();
    expectTypeOf<z.input<typeof release.ReleaseSource>>().toEqualTypeOf<ReleaseSource>();
    expectTypeOf<Mutual<z.output<typeof release.ReleaseSource>, ReleaseSource>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof release.ReleaseId>>().toEqualTypeOf<ReleaseId>();
    expectTypeOf<z.output<typeof missionRef.MissionIdV1>>().toEqualTypeOf<MissionIdV1>();
    expectTypeOf<z.output<typeof release.ReleaseKind>>().toEqualTypeOf<ReleaseKind>();
    expectTypeOf<z.output<typeof release.ReleaseScope>>().toEqualTypeOf<ReleaseScope>();
    expectTypeOf<z.output<typeof release.PartnerRole>>().toEqualTypeOf<PartnerRole>();
    expectTypeOf<z.output<typeof release.Topic>>().toEqualTypeOf<Topic>();
  });
});
