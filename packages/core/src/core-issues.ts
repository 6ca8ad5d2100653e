import { defineIssues } from './issue.js';
import { enIssues, enSchemaIssues } from './messages/en.js';
import { esIssues, esSchemaIssues } from './messages/es.js';
import { frIssues, frSchemaIssues } from './messages/fr.js';

/** The issue catalog of `@iom/core`'s own codes, in English, French and Spanish. */
export const coreIssues = defineIssues({
  en: { ...enSchemaIssues, ...enIssues },
  fr: { ...frSchemaIssues, ...frIssues },
  es: { ...esSchemaIssues, ...esIssues },
});
