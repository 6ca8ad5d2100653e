import type { Locale } from '@iom/core';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { PlaygroundMessages } from './types.js';

/** The playground's messages, per locale. */
export const PLAYGROUND_MESSAGES: { readonly [L in Locale]: PlaygroundMessages } = { en, fr, es };
