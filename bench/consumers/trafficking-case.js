// A consumer of one IOM schema: what a browser app pays to validate TraffickingCase.
import { TraffickingCase } from '@iom/trafficking';

export const check = (input) => TraffickingCase.safeParse(input);
