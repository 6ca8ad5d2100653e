// The same plain object with valibot.
import * as v from 'valibot';

const Contact = v.object({ email: v.pipe(v.string(), v.email()) });
export const check = (input) => v.safeParse(Contact, input);
