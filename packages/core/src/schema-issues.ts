import { defineIssues } from './issue.js';
import { enSchemaIssues } from './messages/en.js';
import { esSchemaIssues } from './messages/es.js';
import { frSchemaIssues } from './messages/fr.js';

// Apart from core-issues.ts: a schema's bundle carries these templates, not those of payload kinds and
// migrations, which no schema gives.

/** The issue catalog of core's value schemas: the same codes and messages as in `coreIssues`. */
export const schemaIssues = defineIssues({ en: enSchemaIssues, fr: frSchemaIssues, es: esSchemaIssues });
