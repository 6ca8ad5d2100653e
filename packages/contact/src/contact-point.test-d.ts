import type { Flat, Mutual } from '@iom/test-kit';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as contact from './contact-point.js';
import type { ContactPoint, ContactRole, MediaContact } from './contact-point.js';
import type * as email from './email.js';
import type { Email } from './email.js';
import type * as language from './language-tag.js';
import type { LanguageTag } from './language-tag.js';
import type * as name from './person-name.js';
import type { PersonName } from './person-name.js';
import type * as phone from './phone/schema.js';
import type { PhoneNumber, PhoneType } from './phone/schema.js';

// The explicit object types spare apps zod's type instantiations; these tests hold each one equal to
// what its schema infers, output and input, so that a field changed on one side only fails `npm test`.
describe('explicit types equal the schemas', () => {
  it('ContactPoint and MediaContact', () => {
    expectTypeOf<z.output<typeof contact.ContactPointShape>>().toEqualTypeOf<Flat<ContactPoint>>();
    expectTypeOf<z.input<typeof contact.ContactPointShape>>().toEqualTypeOf<Flat<ContactPoint>>();
    expectTypeOf<Mutual<z.output<typeof contact.ContactPointShape>, ContactPoint>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof contact.ContactPointShape>, ContactPoint>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof contact.MediaContactShape>>().toEqualTypeOf<Flat<MediaContact>>();
    expectTypeOf<z.input<typeof contact.MediaContactShape>>().toEqualTypeOf<Flat<MediaContact>>();
    expectTypeOf<Mutual<z.output<typeof contact.MediaContactShape>, MediaContact>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.input<typeof contact.MediaContactShape>, MediaContact>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof contact.ContactRole>>().toEqualTypeOf<ContactRole>();
  });

  it('the exported schemas carry the explicit types', () => {
    expectTypeOf<z.output<typeof contact.ContactPoint>>().toEqualTypeOf<ContactPoint>();
    expectTypeOf<z.input<typeof contact.ContactPoint>>().toEqualTypeOf<ContactPoint>();
    expectTypeOf<z.output<typeof contact.MediaContact>>().toEqualTypeOf<MediaContact>();
    expectTypeOf<z.input<typeof contact.MediaContact>>().toEqualTypeOf<MediaContact>();
  });

  it('the nested types', () => {
    expectTypeOf<z.output<typeof name.PersonName>>().toEqualTypeOf<PersonName>();
    expectTypeOf<z.input<typeof name.PersonName>>().toEqualTypeOf<PersonName>();
    expectTypeOf<Mutual<z.output<typeof name.PersonName>, PersonName>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof phone.PhoneNumber>>().toEqualTypeOf<PhoneNumber>();
    expectTypeOf<z.input<typeof phone.PhoneNumber>>().toEqualTypeOf<PhoneNumber>();
    expectTypeOf<Mutual<z.output<typeof phone.PhoneNumber>, PhoneNumber>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof phone.PhoneType>>().toEqualTypeOf<PhoneType>();
    expectTypeOf<z.output<typeof email.Email>>().toEqualTypeOf<Email>();
    expectTypeOf<z.output<typeof language.LanguageTag>>().toEqualTypeOf<LanguageTag>();
  });
});
