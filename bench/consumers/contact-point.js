// A consumer of one IOM schema: what a browser app pays to validate ContactPoint.
import { ContactPoint } from '@iom/contact';

export const check = (input) => ContactPoint.safeParse(input);
