import { defineIssues } from '../issue.js';
import { enSchema } from './en.js';
import { esSchema } from './es.js';
import { frSchema } from './fr.js';

// Apart from index.ts: a schema's bundle carries these templates, not those of payload kinds and
// migrations, which no schema gives.

/** The issue catalog of core's value schemas: the same codes and messages as in `coreIssues`. */
export const schemaIssues = defineIssues({ en: enSchema, fr: frSchema, es: esSchema });
