// A consumer of one IOM schema: what a browser app pays to validate Email.
import { Email } from '@iom/contact/email';

export const check = (input) => Email.safeParse(input);
