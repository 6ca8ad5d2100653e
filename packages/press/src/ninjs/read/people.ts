import type { MediaContact } from '@iom/contact';
import { type Locale, shortenForMessage } from '@iom/core';
import { readContactDetail } from './contact-info.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

/**
 * A person with contact details as a media contact, or `undefined` when none of the details is readable
 * (each unreadable one is reported). A contact needs a name or an organisation: an unnamed one is IOM's.
 */
function mediaContact(person: NinjsObject, index: number, note: Note, locale: Locale): MediaContact | undefined {
  const name = trimmedString(person, 'name');
  const phones: NonNullable<MediaContact['phones']> = [];
  const emails: string[] = [];
  objectList(person, 'contactInfo').forEach((entry, position) => {
    const detail = readContactDetail(entry, locale);
    if (detail === 'unreadable') {
      note('ninjs_contact_unreadable', ['people', index, 'contactInfo', position], {
        name: shortenForMessage(name ?? '?', 60),
      });
    } else if (detail !== undefined && 'email' in detail) emails.push(detail.email);
    else if (detail !== undefined) phones.push(detail.phone);
  });
  if (phones.length + emails.length === 0) return undefined;
  return {
    ...(name === undefined ? {} : { name: { full: name } }),
    role: 'media',
    ...(name === undefined ? { organization: 'International Organization for Migration' } : {}),
    ...(phones.length === 0 ? {} : { phones }),
    ...(emails.length === 0 ? {} : { emails }),
  };
}

/**
 * `people` → media contacts (people with `contactInfo`). People with `rel` `quoted` are counted: ninjs
 * names who is quoted but does not carry the quotes, so their loss is reported (`ninjs_quotes_not_carried`).
 */
export function readPeople(document: NinjsObject, note: Note, locale: Locale): Pick<DraftFields, 'mediaContacts'> {
  const contacts: MediaContact[] = [];
  let quoted = 0;
  objectList(document, 'people').forEach((person, index) => {
    if (trimmedString(person, 'rel') === 'quoted') quoted += 1;
    const contact = mediaContact(person, index, note, locale);
    if (contact !== undefined) contacts.push(contact);
  });
  if (quoted > 0) note('ninjs_quotes_not_carried', ['people'], { count: quoted });
  return contacts.length > 0 ? { mediaContacts: contacts } : {};
}
