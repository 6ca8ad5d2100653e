// A consumer of one IOM schema: what a browser app pays to validate CountryMission.
import { CountryMission } from '@iom/missions';

export const check = (input) => CountryMission.safeParse(input);
