import { type ConverterDescriptor, defineConverter } from '@iom/core';
import { type ContactPoint, contactPointKind, mediaContactKind } from './contact-point.js';
import { fromJCard, fromVCard } from './vcard/read.js';
import { toJCard, toVCard } from './vcard/write.js';

const VCARD = { en: 'vCard 4 (text)', fr: 'vCard 4 (texte)', es: 'vCard 4 (texto)' };
const JCARD = {
  en: 'jCard (vCard as JSON, RFC 7095)',
  fr: 'jCard (vCard en JSON, RFC 7095)',
  es: 'jCard (vCard en JSON, RFC 7095)',
};
const KINDS = [contactPointKind.ref, mediaContactKind.ref];

/**
 * The descriptors of the package's converters, for programs that run converters by name (the `iom
 * convert` command): `toVCard`, `toJCard` (one contact point or media contact at a time), `fromVCard`
 * (the whole text) and `fromJCard` (a jCard or an array of jCards). None takes options; the readers
 * write their issues in the caller's locale.
 */
export const contactConverters: readonly ConverterDescriptor[] = [
  defineConverter({
    name: 'toVCard',
    direction: 'to',
    format: VCARD,
    input: 'record',
    output: 'text',
    kinds: KINDS,
    options: [],
    run: (contact) => ({ value: toVCard(contact as ContactPoint), issues: [] }),
  }),
  defineConverter({
    name: 'toJCard',
    direction: 'to',
    format: JCARD,
    input: 'record',
    output: 'json',
    kinds: KINDS,
    options: [],
    run: (contact) => ({ value: toJCard(contact as ContactPoint), issues: [] }),
  }),
  defineConverter({
    name: 'fromVCard',
    direction: 'from',
    format: VCARD,
    input: 'text',
    output: 'json',
    kinds: [],
    options: [],
    run: (text, { locale }) => fromVCard(String(text), { locale }),
  }),
  defineConverter({
    name: 'fromJCard',
    direction: 'from',
    format: JCARD,
    input: 'records',
    output: 'json',
    kinds: [],
    options: [],
    run: (jcard, { locale }) => fromJCard(jcard, { locale }),
  }),
];
