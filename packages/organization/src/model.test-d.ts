import type { Flat, Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as kinds from './codes.js';
import type { FigureMeasure, InterimKind, PostKind, UnitKind } from './codes.js';
import type * as gender from './gender.js';
import type { GenderedText, GrammaticalGender, LocalizedTitle, TitleForms } from './gender.js';
import type * as model from './model.js';
import type {
  DatedFigure,
  Membership,
  Organization,
  OrgStructureRecord as OrgStructure,
  OrgStructureInput,
  OrgUnit,
  Person,
  Post,
  PostInput,
  Site,
  UnitLink,
} from './model.js';
import type * as source from './source.js';
import type { LocalId, Source, Sources } from './source.js';
import type * as structure from './structure.js';
import type * as validity from './validity.js';
import type { Validity } from './validity.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('OrgStructure, parsed and as written', () => {
    expectTypeOf<Flat<z.output<typeof model.OrgStructureShape>>>().toEqualTypeOf<Flat<OrgStructure>>();
    expectTypeOf<Mutual<z.output<typeof model.OrgStructureShape>, OrgStructure>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.input<typeof model.OrgStructureShape>>>().toEqualTypeOf<Flat<OrgStructureInput>>();
    expectTypeOf<Mutual<z.input<typeof model.OrgStructureShape>, OrgStructureInput>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof structure.OrgStructure>>().toEqualTypeOf<OrgStructure>();
    expectTypeOf<z.input<typeof structure.OrgStructure>>().toEqualTypeOf<OrgStructureInput>();
  });

  it('the records of a structure', () => {
    expectTypeOf<Flat<z.output<typeof model.Organization>>>().toEqualTypeOf<Flat<Organization>>();
    expectTypeOf<Flat<z.input<typeof model.Organization>>>().toEqualTypeOf<Flat<Organization>>();
    expectTypeOf<Mutual<z.output<typeof model.Organization>, Organization>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.OrgUnit>>>().toEqualTypeOf<Flat<OrgUnit>>();
    expectTypeOf<Flat<z.input<typeof model.OrgUnit>>>().toEqualTypeOf<Flat<OrgUnit>>();
    expectTypeOf<Mutual<z.output<typeof model.OrgUnit>, OrgUnit>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.UnitLink>>>().toEqualTypeOf<Flat<UnitLink>>();
    expectTypeOf<Flat<z.input<typeof model.UnitLink>>>().toEqualTypeOf<Flat<UnitLink>>();
    expectTypeOf<Mutual<z.output<typeof model.UnitLink>, UnitLink>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.Post>>>().toEqualTypeOf<Flat<Post>>();
    expectTypeOf<Mutual<z.output<typeof model.Post>, Post>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.input<typeof model.Post>>>().toEqualTypeOf<Flat<PostInput>>();
    expectTypeOf<Mutual<z.input<typeof model.Post>, PostInput>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.Person>>>().toEqualTypeOf<Flat<Person>>();
    expectTypeOf<Flat<z.input<typeof model.Person>>>().toEqualTypeOf<Flat<Person>>();
    expectTypeOf<Mutual<z.output<typeof model.Person>, Person>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.Membership>>>().toEqualTypeOf<Flat<Membership>>();
    expectTypeOf<Flat<z.input<typeof model.Membership>>>().toEqualTypeOf<Flat<Membership>>();
    expectTypeOf<Mutual<z.output<typeof model.Membership>, Membership>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.Site>>>().toEqualTypeOf<Flat<Site>>();
    expectTypeOf<Flat<z.input<typeof model.Site>>>().toEqualTypeOf<Flat<Site>>();
    expectTypeOf<Mutual<z.output<typeof model.Site>, Site>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof model.DatedFigure>>>().toEqualTypeOf<Flat<DatedFigure>>();
    expectTypeOf<Flat<z.input<typeof model.DatedFigure>>>().toEqualTypeOf<Flat<DatedFigure>>();
    expectTypeOf<Mutual<z.output<typeof model.DatedFigure>, DatedFigure>>().toEqualTypeOf<true>();
  });

  it('the building blocks', () => {
    expectTypeOf<Flat<z.output<typeof validity.Validity>>>().toEqualTypeOf<Flat<Validity>>();
    expectTypeOf<Flat<z.input<typeof validity.Validity>>>().toEqualTypeOf<Flat<Validity>>();
    expectTypeOf<Mutual<z.output<typeof validity.Validity>, Validity>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof source.Source>>>().toEqualTypeOf<Flat<Source>>();
    expectTypeOf<Flat<z.input<typeof source.Source>>>().toEqualTypeOf<Flat<Source>>();
    expectTypeOf<Mutual<z.output<typeof source.Source>, Source>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof source.Sources>>>().toEqualTypeOf<Flat<Sources>>();
    expectTypeOf<Flat<z.output<typeof source.LocalId>>>().toEqualTypeOf<Flat<LocalId>>();
    expectTypeOf<Flat<z.output<typeof gender.GrammaticalGender>>>().toEqualTypeOf<Flat<GrammaticalGender>>();
    expectTypeOf<Flat<z.output<typeof gender.TitleForms>>>().toEqualTypeOf<Flat<TitleForms>>();
    expectTypeOf<Flat<z.input<typeof gender.TitleForms>>>().toEqualTypeOf<Flat<TitleForms>>();
    expectTypeOf<Flat<z.output<typeof gender.GenderedText>>>().toEqualTypeOf<Flat<GenderedText>>();
    expectTypeOf<Flat<z.output<typeof gender.LocalizedTitle>>>().toEqualTypeOf<Flat<LocalizedTitle>>();
    expectTypeOf<Flat<z.input<typeof gender.LocalizedTitle>>>().toEqualTypeOf<Flat<LocalizedTitle>>();
    expectTypeOf<Mutual<z.output<typeof gender.LocalizedTitle>, LocalizedTitle>>().toEqualTypeOf<true>();
    expectTypeOf<Flat<z.output<typeof kinds.UnitKind>>>().toEqualTypeOf<Flat<UnitKind>>();
    expectTypeOf<Flat<z.output<typeof kinds.PostKind>>>().toEqualTypeOf<Flat<PostKind>>();
    expectTypeOf<Flat<z.output<typeof kinds.InterimKind>>>().toEqualTypeOf<Flat<InterimKind>>();
    expectTypeOf<Flat<z.output<typeof kinds.FigureMeasure>>>().toEqualTypeOf<Flat<FigureMeasure>>();
  });
});
