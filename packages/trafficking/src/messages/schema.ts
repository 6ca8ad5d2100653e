import { defineIssues } from '@iom/core';
import { enSchema } from './en.js';
import { esSchema } from './es.js';
import { frSchema } from './fr.js';

/** The issue catalog of a case record's own checks: the same codes and messages as in `traffickingIssues`. */
export const schemaIssues = defineIssues({ en: enSchema, fr: frSchema, es: esSchema });
