import type { Flat, Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as kase from './case.js';
import type { TraffickingCase } from './case.js';
import type * as kaseV1 from './case-v1.js';
import type { TraffickingCaseV1 } from './case-v1.js';
import type * as codeTypes from './codes.js';
import type * as codes from './codes.js';
import type * as types from './model.js';
import type * as schema from './schema.js';
import type * as v1 from './schema-v1.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers (in `schema.ts`), output and input, so that a field changed on one side only
// fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('TraffickingCase', () => {
    expectTypeOf<z.output<typeof schema.TraffickingCaseShape>>().toEqualTypeOf<TraffickingCase>();
    expectTypeOf<z.input<typeof schema.TraffickingCaseShape>>().toEqualTypeOf<TraffickingCase>();
    expectTypeOf<Mutual<z.output<typeof schema.TraffickingCaseShape>, TraffickingCase>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.TraffickingCaseShape>, TraffickingCase>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof kase.TraffickingCase>>().toEqualTypeOf<TraffickingCase>();
    expectTypeOf<z.input<typeof kase.TraffickingCase>>().toEqualTypeOf<TraffickingCase>();
  });

  it('TraffickingCaseV1 and its parts', () => {
    expectTypeOf<Flat<z.output<typeof v1.TraffickingCaseV1Shape>>>().toEqualTypeOf<Flat<TraffickingCaseV1>>();
    expectTypeOf<Flat<z.input<typeof v1.TraffickingCaseV1Shape>>>().toEqualTypeOf<Flat<TraffickingCaseV1>>();
    expectTypeOf<Mutual<z.output<typeof v1.TraffickingCaseV1Shape>, TraffickingCaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof v1.TraffickingCaseV1Shape>, TraffickingCaseV1>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof kaseV1.TraffickingCaseV1>>().toEqualTypeOf<TraffickingCaseV1>();
    expectTypeOf<z.output<typeof v1.AddressV1>>().toEqualTypeOf<v1.AddressV1>();
    expectTypeOf<Mutual<z.input<typeof v1.AddressV1>, v1.AddressV1>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof v1.PersonV1>, v1.PersonV1>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof v1.PersonV1>, v1.PersonV1>>().toEqualTypeOf<true>();
  });

  it('the parts of a case', () => {
    expectTypeOf<z.output<typeof schema.Person>>().toEqualTypeOf<types.Person>();
    expectTypeOf<z.input<typeof schema.Person>>().toEqualTypeOf<types.Person>();
    expectTypeOf<Mutual<z.output<typeof schema.Person>, types.Person>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Person>, types.Person>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.VictimContext>>().toEqualTypeOf<types.VictimContext>();
    expectTypeOf<z.input<typeof schema.VictimContext>>().toEqualTypeOf<types.VictimContext>();
    expectTypeOf<Mutual<z.output<typeof schema.VictimContext>, types.VictimContext>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.VictimContext>, types.VictimContext>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.IndustryEntry>>().toEqualTypeOf<types.IndustryEntry>();
    expectTypeOf<z.input<typeof schema.IndustryEntry>>().toEqualTypeOf<types.IndustryEntry>();
    expectTypeOf<Mutual<z.output<typeof schema.IndustryEntry>, types.IndustryEntry>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.IndustryEntry>, types.IndustryEntry>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Exploitation>>().toEqualTypeOf<types.Exploitation>();
    expectTypeOf<z.input<typeof schema.Exploitation>>().toEqualTypeOf<types.Exploitation>();
    expectTypeOf<Mutual<z.output<typeof schema.Exploitation>, types.Exploitation>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Exploitation>, types.Exploitation>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Recruitment>>().toEqualTypeOf<types.Recruitment>();
    expectTypeOf<z.input<typeof schema.Recruitment>>().toEqualTypeOf<types.Recruitment>();
    expectTypeOf<Mutual<z.output<typeof schema.Recruitment>, types.Recruitment>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Recruitment>, types.Recruitment>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Control>>().toEqualTypeOf<types.Control>();
    expectTypeOf<z.input<typeof schema.Control>>().toEqualTypeOf<types.Control>();
    expectTypeOf<Mutual<z.output<typeof schema.Control>, types.Control>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Control>, types.Control>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Place>>().toEqualTypeOf<types.Place>();
    expectTypeOf<z.input<typeof schema.Place>>().toEqualTypeOf<types.Place>();
    expectTypeOf<Mutual<z.output<typeof schema.Place>, types.Place>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Place>, types.Place>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Movement>>().toEqualTypeOf<types.Movement>();
    expectTypeOf<z.input<typeof schema.Movement>>().toEqualTypeOf<types.Movement>();
    expectTypeOf<Mutual<z.output<typeof schema.Movement>, types.Movement>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Movement>, types.Movement>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Referral>>().toEqualTypeOf<types.Referral>();
    expectTypeOf<z.input<typeof schema.Referral>>().toEqualTypeOf<types.Referral>();
    expectTypeOf<Mutual<z.output<typeof schema.Referral>, types.Referral>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Referral>, types.Referral>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.SupportPlan>>().toEqualTypeOf<types.SupportPlan>();
    expectTypeOf<z.input<typeof schema.SupportPlan>>().toEqualTypeOf<types.SupportPlan>();
    expectTypeOf<Mutual<z.output<typeof schema.SupportPlan>, types.SupportPlan>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.SupportPlan>, types.SupportPlan>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Assistance>>().toEqualTypeOf<types.Assistance>();
    expectTypeOf<z.input<typeof schema.Assistance>>().toEqualTypeOf<types.Assistance>();
    expectTypeOf<Mutual<z.output<typeof schema.Assistance>, types.Assistance>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Assistance>, types.Assistance>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Perpetrator>>().toEqualTypeOf<types.Perpetrator>();
    expectTypeOf<z.input<typeof schema.Perpetrator>>().toEqualTypeOf<types.Perpetrator>();
    expectTypeOf<Mutual<z.output<typeof schema.Perpetrator>, types.Perpetrator>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Perpetrator>, types.Perpetrator>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof schema.Consent>>().toEqualTypeOf<types.Consent>();
    expectTypeOf<z.input<typeof schema.Consent>>().toEqualTypeOf<types.Consent>();
    expectTypeOf<Mutual<z.output<typeof schema.Consent>, types.Consent>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof schema.Consent>, types.Consent>>().toEqualTypeOf<true>();
  });

  it('the code lists and dates', () => {
    expectTypeOf<z.output<typeof codes.AgeBand>>().toEqualTypeOf<codeTypes.AgeBand>();
    expectTypeOf<z.output<typeof codes.Answer>>().toEqualTypeOf<codeTypes.Answer>();
    expectTypeOf<z.output<typeof codes.CaseStatus>>().toEqualTypeOf<codeTypes.CaseStatus>();
    expectTypeOf<z.output<typeof codes.ControlMethod>>().toEqualTypeOf<codeTypes.ControlMethod>();
    expectTypeOf<z.output<typeof codes.ControlMethodGroup>>().toEqualTypeOf<codeTypes.ControlMethodGroup>();
    expectTypeOf<z.output<typeof codes.DataSource>>().toEqualTypeOf<codeTypes.DataSource>();
    expectTypeOf<z.output<typeof codes.DecisionMakingOrg>>().toEqualTypeOf<codeTypes.DecisionMakingOrg>();
    expectTypeOf<z.output<typeof codes.DurationBand>>().toEqualTypeOf<codeTypes.DurationBand>();
    expectTypeOf<z.output<typeof codes.EducationLevel>>().toEqualTypeOf<codeTypes.EducationLevel>();
    expectTypeOf<z.output<typeof codes.ExploitationType>>().toEqualTypeOf<codeTypes.ExploitationType>();
    expectTypeOf<z.output<typeof codes.Gender>>().toEqualTypeOf<codeTypes.Gender>();
    expectTypeOf<z.output<typeof codes.Industry>>().toEqualTypeOf<codeTypes.Industry>();
    expectTypeOf<z.output<typeof codes.LabourActivity>>().toEqualTypeOf<codeTypes.LabourActivity>();
    expectTypeOf<z.output<typeof codes.Majority>>().toEqualTypeOf<codeTypes.Majority>();
    expectTypeOf<z.output<typeof codes.MaritalStatus>>().toEqualTypeOf<codeTypes.MaritalStatus>();
    expectTypeOf<z.output<typeof codes.PerpetratorRole>>().toEqualTypeOf<codeTypes.PerpetratorRole>();
    expectTypeOf<z.output<typeof codes.Platform>>().toEqualTypeOf<codeTypes.Platform>();
    expectTypeOf<z.output<typeof codes.RecruiterRelation>>().toEqualTypeOf<codeTypes.RecruiterRelation>();
    expectTypeOf<z.output<typeof codes.RecruitmentMethod>>().toEqualTypeOf<codeTypes.RecruitmentMethod>();
    expectTypeOf<z.output<typeof codes.ReferralDirection>>().toEqualTypeOf<codeTypes.ReferralDirection>();
    expectTypeOf<z.output<typeof codes.ReferralReason>>().toEqualTypeOf<codeTypes.ReferralReason>();
    expectTypeOf<z.output<typeof codes.RelationshipToTrafficker>>().toEqualTypeOf<codeTypes.RelationshipToTrafficker>();
    expectTypeOf<z.output<typeof codes.SexExploitationType>>().toEqualTypeOf<codeTypes.SexExploitationType>();
    expectTypeOf<z.output<typeof codes.SupportPlanType>>().toEqualTypeOf<codeTypes.SupportPlanType>();
    expectTypeOf<z.output<typeof codes.TraffickingStatus>>().toEqualTypeOf<codeTypes.TraffickingStatus>();
  });
});
