import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as gender from './gender.js';
import type { GenderedText, GrammaticalGender, LocalizedTitle, TitleForms } from './gender.js';
import type * as kinds from './kinds.js';
import type { FigureMeasure, InterimKind, PostKind, UnitKind } from './kinds.js';
import type * as model from './model.js';
import type {
  DatedFigure,
  Membership,
  Organization,
  OrgStructure,
  OrgStructureInput,
  OrgUnit,
  Person,
  Post,
  PostInput,
  Site,
  UnitLink,
} from './model.js';
import type * as source from './source.js';
import type { LocalId, PartialDate, Source, Sources } from './source.js';
import type * as validity from './validity.js';
import type { Validity } from './validity.js';

/**
 * Whether `A` and `B` are assignable both ways. Under `exactOptionalPropertyTypes` this tells
 * `x?: T` from `x?: T | undefined`, which `toEqualTypeOf` alone does not.
 */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The explicit interfaces spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('OrgStructure, parsed and as written', () => {
    expectTypeOf<z.output<typeof model.OrgStructureObject>>().toEqualTypeOf<OrgStructure>();
    expectTypeOf<Mutual<z.output<typeof model.OrgStructureObject>, OrgStructure>>().toEqualTypeOf<true>();
    expectTypeOf<z.input<typeof model.OrgStructureObject>>().toEqualTypeOf<OrgStructureInput>();
    expectTypeOf<Mutual<z.input<typeof model.OrgStructureObject>, OrgStructureInput>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.OrgStructure>>().toEqualTypeOf<OrgStructure>();
    expectTypeOf<z.input<typeof model.OrgStructure>>().toEqualTypeOf<OrgStructureInput>();
  });

  it('the records of a structure', () => {
    expectTypeOf<z.output<typeof model.Organization>>().toEqualTypeOf<Organization>();
    expectTypeOf<z.input<typeof model.Organization>>().toEqualTypeOf<Organization>();
    expectTypeOf<Mutual<z.output<typeof model.Organization>, Organization>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.OrgUnit>>().toEqualTypeOf<OrgUnit>();
    expectTypeOf<z.input<typeof model.OrgUnit>>().toEqualTypeOf<OrgUnit>();
    expectTypeOf<Mutual<z.output<typeof model.OrgUnit>, OrgUnit>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.UnitLink>>().toEqualTypeOf<UnitLink>();
    expectTypeOf<z.input<typeof model.UnitLink>>().toEqualTypeOf<UnitLink>();
    expectTypeOf<Mutual<z.output<typeof model.UnitLink>, UnitLink>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Post>>().toEqualTypeOf<Post>();
    expectTypeOf<Mutual<z.output<typeof model.Post>, Post>>().toEqualTypeOf<true>();
    expectTypeOf<z.input<typeof model.Post>>().toEqualTypeOf<PostInput>();
    expectTypeOf<Mutual<z.input<typeof model.Post>, PostInput>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Person>>().toEqualTypeOf<Person>();
    expectTypeOf<z.input<typeof model.Person>>().toEqualTypeOf<Person>();
    expectTypeOf<Mutual<z.output<typeof model.Person>, Person>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Membership>>().toEqualTypeOf<Membership>();
    expectTypeOf<z.input<typeof model.Membership>>().toEqualTypeOf<Membership>();
    expectTypeOf<Mutual<z.output<typeof model.Membership>, Membership>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.Site>>().toEqualTypeOf<Site>();
    expectTypeOf<z.input<typeof model.Site>>().toEqualTypeOf<Site>();
    expectTypeOf<Mutual<z.output<typeof model.Site>, Site>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof model.DatedFigure>>().toEqualTypeOf<DatedFigure>();
    expectTypeOf<z.input<typeof model.DatedFigure>>().toEqualTypeOf<DatedFigure>();
    expectTypeOf<Mutual<z.output<typeof model.DatedFigure>, DatedFigure>>().toEqualTypeOf<true>();
  });

  it('the building blocks', () => {
    expectTypeOf<z.output<typeof validity.Validity>>().toEqualTypeOf<Validity>();
    expectTypeOf<z.input<typeof validity.Validity>>().toEqualTypeOf<Validity>();
    expectTypeOf<Mutual<z.output<typeof validity.Validity>, Validity>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof source.Source>>().toEqualTypeOf<Source>();
    expectTypeOf<z.input<typeof source.Source>>().toEqualTypeOf<Source>();
    expectTypeOf<Mutual<z.output<typeof source.Source>, Source>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof source.Sources>>().toEqualTypeOf<Sources>();
    expectTypeOf<z.output<typeof source.PartialDate>>().toEqualTypeOf<PartialDate>();
    expectTypeOf<z.output<typeof source.LocalId>>().toEqualTypeOf<LocalId>();
    expectTypeOf<z.output<typeof gender.GrammaticalGender>>().toEqualTypeOf<GrammaticalGender>();
    expectTypeOf<z.output<typeof gender.TitleForms>>().toEqualTypeOf<TitleForms>();
    expectTypeOf<z.input<typeof gender.TitleForms>>().toEqualTypeOf<TitleForms>();
    expectTypeOf<z.output<typeof gender.GenderedText>>().toEqualTypeOf<GenderedText>();
    expectTypeOf<z.output<typeof gender.LocalizedTitle>>().toEqualTypeOf<LocalizedTitle>();
    expectTypeOf<z.input<typeof gender.LocalizedTitle>>().toEqualTypeOf<LocalizedTitle>();
    expectTypeOf<Mutual<z.output<typeof gender.LocalizedTitle>, LocalizedTitle>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof kinds.UnitKind>>().toEqualTypeOf<UnitKind>();
    expectTypeOf<z.output<typeof kinds.PostKind>>().toEqualTypeOf<PostKind>();
    expectTypeOf<z.output<typeof kinds.InterimKind>>().toEqualTypeOf<InterimKind>();
    expectTypeOf<z.output<typeof kinds.FigureMeasure>>().toEqualTypeOf<FigureMeasure>();
  });
});
