// The floor: a plain zod object with an email field, validated with safeParse.
import * as z from 'zod';

const Contact = z.object({ email: z.email() });
export const check = (input) => Contact.safeParse(input);
