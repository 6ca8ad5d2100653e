import { defineIssues } from './issue.js';
import { enIssues } from './messages/en.js';
import { esIssues } from './messages/es.js';
import { frIssues } from './messages/fr.js';

/** The issue catalog of `@iom/core`'s own codes, in English, French and Spanish. */
export const coreIssues = defineIssues({ en: enIssues, fr: frIssues, es: esIssues });
