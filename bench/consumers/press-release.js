// A consumer of one IOM schema: what a browser app pays to validate PressRelease.
import { PressRelease } from '@iom/press';

export const check = (input) => PressRelease.safeParse(input);
