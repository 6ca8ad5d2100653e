import type { en } from './en.js';

/** An issue code of `@iom/organization`: a key of the English catalog, which the others must match. */
export type OrganizationIssueCode = keyof typeof en;
