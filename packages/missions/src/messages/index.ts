import { defineIssues } from '@iom/core';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** The issue codes of `@iom/missions`, with their messages in English, French and Spanish (`messages/*.ts`). */
export const missionIssues = defineIssues({ en, fr, es });

/** An issue code of `@iom/missions`. */
export type MissionIssueCode = keyof typeof missionIssues.templates.en;
