// The same plain object with zod/mini, zod's tree-shakable functional API.
import * as z from 'zod/mini';

const Contact = z.object({ email: z.email() });
export const check = (input) => Contact.safeParse(input);
