import { defineIssues } from '@iom/core';
import { enReaders, enSchema } from './en.js';
import { esReaders, esSchema } from './es.js';
import { frReaders, frSchema } from './fr.js';

/**
 * The issue codes of `@iom/trafficking` with their messages in English, French and Spanish
 * (`messages/*.ts`). Every code is listed in the package README.
 */
export const traffickingIssues = defineIssues({
  en: { ...enSchema, ...enReaders },
  fr: { ...frSchema, ...frReaders },
  es: { ...esSchema, ...esReaders },
});

/** An issue code of `@iom/trafficking`. */
export type TraffickingIssueCode = keyof typeof traffickingIssues.templates.en;
