import { definePayloadKind } from '@iom/core';
import { CountryMission } from './mission.js';
import { COUNTRY_MISSION_KIND } from './model.js';

/**
 * The payload kind `iom.country-mission` version 1: IOM's mission in a country. Its schema is
 * {@link CountryMission}, whose rules concern one mission; whether two missions cover one country needs
 * them all, so {@link validateMissions} (or `CountryMissionList`) is the check for a whole list.
 */
export const countryMissionKind = definePayloadKind({
  id: COUNTRY_MISSION_KIND,
  package: '@iom/missions',
  // Reference data published centrally and read by apps on any release: readers may lag writers.
  compatibility: 'full',
  version: 1,
  title: { en: 'IOM country mission', fr: 'Mission de pays de l’OIM', es: 'Misión de país de la OIM' },
  schema: CountryMission,
});
