import { defineIssues } from '@iom/core';
import { enSchemaIssues } from './labels/en.js';
import { esSchemaIssues } from './labels/es.js';
import { frSchemaIssues } from './labels/fr.js';

// Apart from issues.ts, whose readers' messages (phone notes, contact blocks, vCard) a schema never gives.

/** The issue catalog of this package's schemas: the same codes and messages as in `contactIssues`. */
export const schemaIssues = defineIssues({ en: enSchemaIssues, fr: frSchemaIssues, es: esSchemaIssues });
