import { defineIssues } from '@iom/core';
import { en } from './labels/en.js';
import { es } from './labels/es.js';
import { fr } from './labels/fr.js';

/**
 * The issue catalog of `@iom/contact`: every code this package reports (phone notes, contact-block,
 * vCard and schema issues) with its message in English, French and Spanish.
 *
 * @example
 * contactIssues.message('phone_idd_prefix', 'fr'); // 'Le préfixe international « 00 » a été lu comme « + ».'
 */
export const contactIssues = defineIssues({ en: en.issues, fr: fr.issues, es: es.issues });
