import { defineIssues } from '@iom/core';
import { enSchema } from './en.js';
import { esSchema } from './es.js';
import { frSchema } from './fr.js';

// Apart from index.ts, whose readers' messages (phone notes, contact blocks, vCard) a schema never gives:
// a bundle that only validates carries these alone.

/** The issue catalog of this package's schemas: the same codes and messages as in `contactIssues`. */
export const schemaIssues = defineIssues({ en: enSchema, fr: frSchema, es: esSchema });
