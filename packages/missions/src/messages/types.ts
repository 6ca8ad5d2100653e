import type { en } from './en.js';

/** An issue code of `@iom/missions`: a key of the English catalog, which the others must match. */
export type MissionIssueCode = keyof typeof en;
