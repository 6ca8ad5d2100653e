import type { enReaders, enSchema } from './en.js';

/** A code of a case record's own checks: a key of the English catalog, which the others must match. */
export type SchemaIssueCode = keyof typeof enSchema;

/** A code of the readers and writers. */
export type ReaderIssueCode = keyof typeof enReaders;

/** An issue code of `@iom/trafficking`. */
export type TraffickingIssueCode = SchemaIssueCode | ReaderIssueCode;
