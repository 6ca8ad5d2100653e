import { defineIssues } from '@iom/core';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { MissionIssueCode } from './types.js';

/** The issue codes of `@iom/missions`, with their messages in English, French and Spanish (`messages/*.ts`). */
export const missionIssues = defineIssues({ en, fr, es });
