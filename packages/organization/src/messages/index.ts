import { defineIssues, type Locale } from '@iom/core';
import { en, enWords } from './en.js';
import { es, esWords } from './es.js';
import { fr, frWords } from './fr.js';
import type { StructureWords } from './words.js';

export type { StructureCollection, StructureWords } from './words.js';

/**
 * The issue codes of `@iom/organization`, with their messages in English, French and Spanish
 * (`messages/en.ts`, `fr.ts`, `es.ts`). `{when}` reads "on 1 January 2024" (or "from the start" before
 * any recorded date).
 */
export const organizationIssues = defineIssues({ en, fr, es });

/** The words the messages are built from, per locale. */
export const structureWords: { readonly [L in Locale]: StructureWords } = { en: enWords, fr: frWords, es: esWords };

/** An issue code of `@iom/organization`. */
export type OrganizationIssueCode = keyof typeof organizationIssues.templates.en;
