import { defineIssues } from '@iom/core';
import { enIssues } from './labels/en.js';
import { esIssues } from './labels/es.js';
import { frIssues } from './labels/fr.js';

// Apart from labels.ts: its label catalogs are built by calls a bundler must keep, and a schema needs
// only these messages.

/** The issue catalog of `@iom/press`: every code with its message in English, French and Spanish. */
export const pressIssues = defineIssues({ en: enIssues, fr: frIssues, es: esIssues });
