import { defineIssues } from './issue.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

/** The issue catalog of `@iom/core`'s own codes, in English, French and Spanish. */
export const coreIssues = defineIssues({ en: en.issues, fr: fr.issues, es: es.issues });
