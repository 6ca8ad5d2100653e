import { defineIssues } from '@iom/core';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

// Apart from labels.ts: its label catalogs are built by calls a bundler must keep, and a schema needs
// only these messages.

/** The issue catalog of `@iom/press`: every code with its message in English, French and Spanish (`messages/*.ts`). */
export const pressIssues = defineIssues({ en, fr, es });
