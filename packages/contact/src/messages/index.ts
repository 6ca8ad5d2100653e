import { defineIssues } from '@iom/core';
import { enReaders, enSchema } from './en.js';
import { esReaders, esSchema } from './es.js';
import { frReaders, frSchema } from './fr.js';

/**
 * The issue catalog of `@iom/contact`: every code this package reports (phone notes, contact-block,
 * vCard and schema issues) with its message in English, French and Spanish (`messages/*.ts`).
 *
 * @example
 * contactIssues.message('phone_idd_prefix', 'fr'); // 'Le préfixe international « 00 » a été lu comme « + ».'
 */
export const contactIssues = defineIssues({
  en: { ...enSchema, ...enReaders },
  fr: { ...frSchema, ...frReaders },
  es: { ...esSchema, ...esReaders },
});
