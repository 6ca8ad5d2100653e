import type { Locale } from '@iom/core';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { CliMessages } from './types.js';

/** The command's own messages, per locale. */
export const CLI_MESSAGES: { readonly [L in Locale]: CliMessages } = { en, fr, es };
