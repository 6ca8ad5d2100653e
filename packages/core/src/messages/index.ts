import { defineIssues } from '../issue.js';
import { enPayloads, enSchema } from './en.js';
import { esPayloads, esSchema } from './es.js';
import { frPayloads, frSchema } from './fr.js';

/** The issue catalog of `@iom/core`'s own codes, in English, French and Spanish. */
export const coreIssues = defineIssues({
  en: { ...enSchema, ...enPayloads },
  fr: { ...frSchema, ...frPayloads },
  es: { ...esSchema, ...esPayloads },
});
