import type { MissionIssueCode } from './types.js';

/** The French message of each issue code of `@iom/missions`. */
export const fr: { readonly [C in MissionIssueCode]: string } = {
  mission_duplicate_id: 'L’identifiant {id} est utilisé plus d’une fois',
  mission_chiefs_overlap: 'La mission {mission} a deux chefs le {date} : {first} et {second}',
  mission_country_overlap: 'Le pays {country} a deux missions le {date} : {first} et {second}',
  mission_main_office_kind: 'Le bureau principal de {mission} doit être un bureau de pays',
  mission_sub_office_kind: 'Le sous-bureau {id} de {mission} doit être un sous-bureau',
  mission_started_before_established:
    'La mission {mission} commence ({validFrom}) avant l’année de son établissement ({year})',
  mission_id_format:
    'Identifiant de mission de pays de l’OIM attendu : MISSION_ et un code ISO 3166-1 alpha-2, par exemple MISSION_EC',
};
