import { defineIssues } from '@iom/core';
import { enIssues, enSchemaIssues } from './labels/en.js';
import { esIssues, esSchemaIssues } from './labels/es.js';
import { frIssues, frSchemaIssues } from './labels/fr.js';

/**
 * The issue catalog of `@iom/contact`: every code this package reports (phone notes, contact-block,
 * vCard and schema issues) with its message in English, French and Spanish.
 *
 * @example
 * contactIssues.message('phone_idd_prefix', 'fr'); // 'Le préfixe international « 00 » a été lu comme « + ».'
 */
export const contactIssues = defineIssues({
  en: { ...enSchemaIssues, ...enIssues },
  fr: { ...frSchemaIssues, ...frIssues },
  es: { ...esSchemaIssues, ...esIssues },
});
