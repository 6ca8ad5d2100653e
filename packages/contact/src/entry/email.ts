/**
 * Email addresses only: the `Email` schema and `extractEmails`, without the phone metadata.
 * Import from `@iom/contact/email` to keep a bundle small; `@iom/contact` exports the same.
 *
 * @packageDocumentation
 */
export { Email, emailKey } from '../email.js';
export { extractEmails } from '../email-extract.js';
