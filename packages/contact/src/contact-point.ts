import { definePayloadKind, HttpUrl, kindField, LocalizedText, PostalAddress } from '@iom/core';
import * as z from 'zod';
import { CONTACT_ROLES, type ContactRoleCode } from './codes.js';
import { Email } from './email.js';
import { LanguageTag } from './language-tag.js';
import { schemaIssues } from './messages/schema.js';
import { PersonName } from './person-name.js';
import { PhoneNumber } from './phone/schema.js';

/** What a contact point is for (labels in `ContactRoleLabels`). */
export const ContactRole = z.enum(CONTACT_ROLES);
/** What a contact point is for. */
export type ContactRole = ContactRoleCode;

/** The fields every contact point has; `ContactPoint` and `MediaContact` add their rules. */
const contactPointShape = {
  /** The person's name, when the contact point is a person. */
  name: PersonName.optional(),
  /** The person's job title ("Chargée de communication", "Public Information Officer"), in one or more languages. */
  title: LocalizedText.optional(),
  /** What the contact point is for (`media` for a media contact, usually). */
  role: ContactRole.optional(),
  /** The organisation ("International Organization for Migration"), as written. */
  organization: z.string().trim().min(1).optional(),
  /** The office or unit ("IOM Ecuador", "OIM Equateur", "Media and Communications Division"), as written. */
  office: z.string().trim().min(1).optional(),
  /** Phone numbers, the preferred first. */
  phones: z.array(PhoneNumber).optional(),
  /** Email addresses, the preferred first. */
  emails: z.array(Email).optional(),
  /** The postal address. */
  address: PostalAddress.optional(),
  /** The languages the contact speaks, as BCP 47 tags (`es`, `en`, `qu`), the preferred first. */
  languages: z.array(LanguageTag).optional(),
  /** A web page for the contact: an absolute `http` or `https` link (`HttpUrl` of `@iom/core`). */
  url: HttpUrl.optional(),
};

function hasIdentity(contact: { name?: unknown; organization?: unknown; office?: unknown }): boolean {
  return contact.name !== undefined || contact.organization !== undefined || contact.office !== undefined;
}

/**
 * The fields of a contact point, without its rule (a name, an organisation or an office): the plain
 * object schema an app can `.extend()`, `.pick()` or `.partial()`. A payload is checked with
 * {@link ContactPoint}, which adds the rule to this shape.
 *
 * @example
 * const StaffContact = ContactPointShape.extend({ staffId: z.string() });
 */
export const ContactPointShape = z.object({
  /** The payload kind, `iom.contact-point@1`, when the contact point travels alone. */
  $kind: kindField('iom.contact-point', 1).optional(),
  ...contactPointShape,
});

/**
 * A way to reach a person or an office: name, title or role, organisation or office, phones, emails,
 * address and the languages spoken. Needs a name, an organisation or an office
 * (`contact_point_empty`). Payload kind `iom.contact-point@1` ({@link contactPointKind}).
 *
 * @example
 * const contact: ContactPoint = {
 *   name: { full: 'Nadia Zelisko' }, office: 'OIM Equateur', role: 'media',
 *   phones: [{ e164: '+59322444928', type: 'fixed' }], emails: ['nzelisko@iom.org.ec'], languages: ['es', 'fr'],
 * };
 */
export const ContactPoint: z.ZodType<ContactPoint, ContactPoint> = ContactPointShape.check(
  schemaIssues.check(hasIdentity, 'contact_point_empty'),
);
/**
 * The fields of every contact, shared by {@link ContactPoint} and {@link MediaContact}: name, title or
 * role, organisation or office, phones, emails, address, languages and a web page.
 */
export type ContactFields = {
  /** The person's name, when the contact point is a person. */
  name?: PersonName | undefined;
  /** The person's job title ("Chargée de communication", "Public Information Officer"), in one or more languages. */
  title?: LocalizedText | undefined;
  /** What the contact point is for (`media` for a media contact, usually). */
  role?: ContactRole | undefined;
  /** The organisation ("International Organization for Migration"), as written. */
  organization?: string | undefined;
  /** The office or unit ("IOM Ecuador", "OIM Equateur", "Media and Communications Division"), as written. */
  office?: string | undefined;
  /** Phone numbers, the preferred first. */
  phones?: PhoneNumber[] | undefined;
  /** Email addresses, the preferred first. */
  emails?: Email[] | undefined;
  /** The postal address. */
  address?: PostalAddress | undefined;
  /** The languages the contact speaks, as BCP 47 tags (`es`, `en`, `qu`), the preferred first. */
  languages?: LanguageTag[] | undefined;
  /** A web page for the contact: an absolute `http` or `https` link (`HttpUrl` of `@iom/core`). */
  url?: HttpUrl | undefined;
};

/**
 * A way to reach a person or an office. An explicit object type, so that apps using it never instantiate
 * zod's types (`contact-point.test-d.ts` holds it equal to what the schema infers). Tagged `@interface`
 * so that the docs site lists every field on its page.
 *
 * @interface
 */
export type ContactPoint = ContactFields & {
  /** The payload kind, `iom.contact-point@1`, when the contact point travels alone. */
  $kind?: 'iom.contact-point@1' | undefined;
};

/**
 * The fields of a media contact, without its rules: the plain object schema an app can `.extend()`. A
 * payload is checked with {@link MediaContact}, which adds the rules to this shape.
 */
export const MediaContactShape = z.object({
  /** The payload kind, `iom.media-contact@1`, when the contact travels alone. */
  $kind: kindField('iom.media-contact', 1).optional(),
  ...contactPointShape,
});

/**
 * The media contact of a press release: a {@link ContactPoint} that journalists can reach, so it needs
 * at least one phone number or email address (`media_contact_unreachable`) besides a name, an
 * organisation or an office. Payload kind `iom.media-contact@1` ({@link mediaContactKind}).
 */
export const MediaContact: z.ZodType<MediaContact, MediaContact> = MediaContactShape.check(
  schemaIssues.check(hasIdentity, 'contact_point_empty'),
  schemaIssues.check(
    (contact: { phones?: unknown[] | undefined; emails?: unknown[] | undefined }) =>
      (contact.phones?.length ?? 0) + (contact.emails?.length ?? 0) > 0,
    'media_contact_unreachable',
  ),
);
/**
 * The media contact of a press release: a {@link ContactPoint} with a phone number or an email address.
 *
 * @interface
 */
export type MediaContact = ContactFields & {
  /** The payload kind, `iom.media-contact@1`, when the contact travels alone. */
  $kind?: 'iom.media-contact@1' | undefined;
};

/** The payload kind `iom.contact-point@1`: a {@link ContactPoint} exchanged on its own. */
export const contactPointKind = definePayloadKind({
  id: 'iom.contact-point',
  package: '@iom/contact',
  // Contacts are embedded in and exchanged between many apps that upgrade at different times.
  compatibility: 'full',
  version: 1,
  title: { en: 'Contact point', fr: 'Point de contact', es: 'Punto de contacto' },
  schema: ContactPoint,
});

/** The payload kind `iom.media-contact@1`: a {@link MediaContact} exchanged on its own. */
export const mediaContactKind = definePayloadKind({
  id: 'iom.media-contact',
  package: '@iom/contact',
  // Media contacts travel with press releases, read by tools that upgrade late.
  compatibility: 'full',
  version: 1,
  title: { en: 'Media contact', fr: 'Contact presse', es: 'Contacto de prensa' },
  schema: MediaContact,
});
