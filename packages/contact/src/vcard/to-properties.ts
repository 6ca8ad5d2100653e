import { countryName, LOCALES } from '@iom/core';
import type { PhoneTypeCode } from '../codes.js';
import type { ContactPoint } from '../contact-point.js';
import { formatPhone } from '../phone/format.js';
import type { VProperty } from './property.js';

/** vCard TEL types for each phone type; the exact type also travels in the `X-IOM-PHONE-TYPE` parameter. */
const TEL_TYPES: { readonly [T in PhoneTypeCode]: string } = {
  fixed: 'voice',
  mobile: 'cell',
  'fixed-or-mobile': 'voice',
  fax: 'fax',
  'toll-free': 'voice',
  'premium-rate': 'voice',
  'shared-cost': 'voice',
  voip: 'voice',
  personal: 'voice',
  pager: 'pager',
  uan: 'voice',
  voicemail: 'voice',
};

/** The vCard 4.0 properties of a contact point, in the order they are written. */
export function toProperties(contact: ContactPoint): VProperty[] {
  const properties: VProperty[] = [{ name: 'version', params: {}, type: 'text', value: '4.0' }];
  const person = contact.name;
  properties.push({ name: 'kind', params: {}, type: 'text', value: person === undefined ? 'org' : 'individual' });
  const formatted = person?.full ?? contact.office ?? contact.organization ?? '';
  properties.push({ name: 'fn', params: {}, type: 'text', value: formatted });
  if (
    person !== undefined &&
    [person.family, person.given, person.prefix, person.suffix].some((part) => part !== undefined)
  ) {
    properties.push({
      name: 'n',
      params: {},
      type: 'text',
      value: [person.family ?? '', person.given ?? '', '', person.prefix ?? '', person.suffix ?? ''],
    });
  }
  const titles = LOCALES.flatMap((locale) => {
    const text = contact.title?.[locale];
    return text === undefined ? [] : [{ locale, text }];
  });
  for (const { locale, text } of titles) {
    properties.push({
      name: 'title',
      params: titles.length > 1 ? { language: locale, altid: '1' } : { language: locale },
      type: 'text',
      value: text,
    });
  }
  if (contact.role !== undefined) properties.push({ name: 'role', params: {}, type: 'text', value: contact.role });
  if (contact.organization !== undefined || contact.office !== undefined) {
    const value =
      contact.office === undefined ? [contact.organization ?? ''] : [contact.organization ?? '', contact.office];
    properties.push({ name: 'org', params: {}, type: 'text', value });
  }
  (contact.phones ?? []).forEach((phone, index) => {
    const params: Record<string, string | string[]> = {
      type: phone.type === undefined ? 'work' : ['work', TEL_TYPES[phone.type]],
    };
    if (index === 0) params.pref = '1';
    if (phone.type !== undefined) params['x-iom-phone-type'] = phone.type;
    properties.push({ name: 'tel', params, type: 'uri', value: formatPhone(phone, { style: 'rfc3966' }) });
  });
  (contact.emails ?? []).forEach((email, index) => {
    properties.push({
      name: 'email',
      params: index === 0 ? { type: 'work', pref: '1' } : { type: 'work' },
      type: 'text',
      value: email,
    });
  });
  const address = contact.address;
  if (address !== undefined) {
    const params: Record<string, string> = { type: 'work', cc: address.country };
    if (address.subdivision !== undefined) params['x-iom-subdivision'] = address.subdivision;
    properties.push({
      name: 'adr',
      params,
      type: 'text',
      value: [
        address.poBox ?? '',
        '',
        (address.streetLines ?? []).join('\n'),
        address.locality ?? '',
        address.region ?? '',
        address.postalCode ?? '',
        countryName(address.country, 'en') ?? address.country,
      ],
    });
  }
  (contact.languages ?? []).forEach((tag, index) => {
    properties.push({ name: 'lang', params: { pref: String(index + 1) }, type: 'language-tag', value: tag });
  });
  if (contact.url !== undefined) properties.push({ name: 'url', params: {}, type: 'uri', value: contact.url });
  return properties;
}
