// A consumer of one IOM schema: what a browser app pays to validate OrgStructure.
import { OrgStructure } from '@iom/organization';

export const check = (input) => OrgStructure.safeParse(input);
