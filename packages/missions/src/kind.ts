import { definePayloadKind } from '@iom/core';
import { COUNTRY_MISSION_KIND, CountryMission } from './model.js';

/** The payload kind `iom.country-mission` version 1: IOM's mission in a country. */
export const countryMissionKind = definePayloadKind({
  id: COUNTRY_MISSION_KIND,
  version: 1,
  title: { en: 'IOM country mission', fr: 'Mission de pays de l’OIM', es: 'Misión de país de la OIM' },
  schema: CountryMission,
});
