// Context for the cold-import section: zod imported and one small schema built, as any app does before it
// validates anything. Building the first schemas warms zod's classes up; every @iom package pays that
// too, since its exported schemas are built when it loads.
import * as z from 'zod';

export const Contact = z.object({
  name: z
    .string()
    .check(() => {})
    .optional(),
  kind: z.enum(['person', 'office']),
  phones: z.array(z.string().regex(/^\+\d+$/)),
  since: z.iso.date(),
  count: z.number().int().min(0).default(0),
});
