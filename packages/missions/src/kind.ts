import { definePayloadKind } from '@iom/core';
import { COUNTRY_MISSION_KIND, CountryMission } from './model.js';
import { validateMissions } from './validate.js';

/**
 * The payload kind `iom.country-mission` version 1: IOM's mission in a country. Its rules are those of
 * {@link validateMissions} that concern one mission (ids used once, dates in order, office kinds, chiefs
 * of mission who do not overlap); whether two missions cover one country needs them all, so
 * `validateMissions` stays the check for a whole list.
 */
export const countryMissionKind = definePayloadKind({
  id: COUNTRY_MISSION_KIND,
  package: '@iom/missions',
  version: 1,
  title: { en: 'IOM country mission', fr: 'Mission de pays de l’OIM', es: 'Misión de país de la OIM' },
  schema: CountryMission,
  // validateMissions paths start at the mission's index in the list: a payload is the mission itself.
  rules: (mission, locale) =>
    validateMissions([mission], { locale }).map((issue) => ({ ...issue, path: issue.path.slice(1) })),
});
