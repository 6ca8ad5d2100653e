import type { Flat, Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as mission from './mission.js';
import type * as model from './model.js';
import type {
  ChiefOfMissionMention,
  ChiefOfMissionMentionInput,
  ChiefOfMissionTerm,
  ChiefOfMissionTermInput,
  CountryMissionRecord as CountryMission,
  CountryMissionInput,
  MissionHeadRole,
  MissionOffice,
  MissionOfficeKind,
} from './model.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('CountryMission, parsed and as written', () => {
    expectTypeOf<Flat<z.output<typeof model.CountryMissionShape>>>().toEqualTypeOf<Flat<CountryMission>>();
    expectTypeOf<Mutual<z.output<typeof model.CountryMissionShape>, CountryMission>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.input<typeof model.CountryMissionShape>>>().toEqualTypeOf<Flat<CountryMissionInput>>();
    expectTypeOf<Mutual<z.input<typeof model.CountryMissionShape>, CountryMissionInput>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof mission.CountryMission>>().toEqualTypeOf<CountryMission>();
    expectTypeOf<z.input<typeof mission.CountryMission>>().toEqualTypeOf<CountryMissionInput>();
  });

  it('offices and heads of mission', () => {
    expectTypeOf<Flat<z.output<typeof model.MissionOffice>>>().toEqualTypeOf<Flat<MissionOffice>>();
    expectTypeOf<Flat<z.input<typeof model.MissionOffice>>>().toEqualTypeOf<Flat<MissionOffice>>();
    expectTypeOf<Mutual<z.output<typeof model.MissionOffice>, MissionOffice>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof model.MissionOffice>, MissionOffice>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.ChiefOfMissionTerm>>>().toEqualTypeOf<Flat<ChiefOfMissionTerm>>();
    expectTypeOf<Mutual<z.output<typeof model.ChiefOfMissionTerm>, ChiefOfMissionTerm>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.input<typeof model.ChiefOfMissionTerm>>>().toEqualTypeOf<Flat<ChiefOfMissionTermInput>>();
    expectTypeOf<Mutual<z.input<typeof model.ChiefOfMissionTerm>, ChiefOfMissionTermInput>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.ChiefOfMissionMention>>>().toEqualTypeOf<Flat<ChiefOfMissionMention>>();
    expectTypeOf<Mutual<z.output<typeof model.ChiefOfMissionMention>, ChiefOfMissionMention>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.input<typeof model.ChiefOfMissionMention>>>().toEqualTypeOf<Flat<ChiefOfMissionMentionInput>>();
    expectTypeOf<
      Mutual<z.input<typeof model.ChiefOfMissionMention>, ChiefOfMissionMentionInput>
    >().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.MissionOfficeKind>>>().toEqualTypeOf<Flat<MissionOfficeKind>>();
    expectTypeOf<Flat<z.output<typeof model.MissionHeadRole>>>().toEqualTypeOf<Flat<MissionHeadRole>>();
  });
});
