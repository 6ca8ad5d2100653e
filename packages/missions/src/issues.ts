import { defineIssues } from '@iom/core';

/** The issue codes of `@iom/missions`, with their messages in English, French and Spanish. */
export const missionIssues = defineIssues({
  en: {
    mission_duplicate_id: 'The id {id} is used more than once',
    mission_dates_out_of_order: '{id} ends ({validUntil}) before it starts ({validFrom})',
    mission_chiefs_overlap: 'The mission {mission} has two heads on {date}: {first} and {second}',
    mission_country_overlap: 'The country {country} has two missions on {date}: {first} and {second}',
    mission_main_office_kind: 'The main office of {mission} must be a country office',
    mission_sub_office_kind: 'The sub-office {id} of {mission} must be a sub-office',
    mission_started_before_established:
      'The mission {mission} starts ({validFrom}) before the year it was established ({year})',
    mission_id_format:
      'Expected the id of an IOM country mission: MISSION_ and an ISO 3166-1 alpha-2 code, such as MISSION_EC',
  },
  fr: {
    mission_duplicate_id: 'L’identifiant {id} est utilisé plus d’une fois',
    mission_dates_out_of_order: '{id} se termine ({validUntil}) avant de commencer ({validFrom})',
    mission_chiefs_overlap: 'La mission {mission} a deux chefs le {date} : {first} et {second}',
    mission_country_overlap: 'Le pays {country} a deux missions le {date} : {first} et {second}',
    mission_main_office_kind: 'Le bureau principal de {mission} doit être un bureau de pays',
    mission_sub_office_kind: 'Le sous-bureau {id} de {mission} doit être un sous-bureau',
    mission_started_before_established:
      'La mission {mission} commence ({validFrom}) avant l’année de son établissement ({year})',
    mission_id_format:
      'Identifiant de mission de pays de l’OIM attendu : MISSION_ et un code ISO 3166-1 alpha-2, par exemple MISSION_EC',
  },
  es: {
    mission_duplicate_id: 'El identificador {id} se usa más de una vez',
    mission_dates_out_of_order: '{id} termina ({validUntil}) antes de empezar ({validFrom})',
    mission_chiefs_overlap: 'La misión {mission} tiene dos jefaturas el {date}: {first} y {second}',
    mission_country_overlap: 'El país {country} tiene dos misiones el {date}: {first} y {second}',
    mission_main_office_kind: 'La oficina principal de {mission} debe ser una oficina de país',
    mission_sub_office_kind: 'La suboficina {id} de {mission} debe ser una suboficina',
    mission_started_before_established:
      'La misión {mission} empieza ({validFrom}) antes del año en que se estableció ({year})',
    mission_id_format:
      'Se esperaba el identificador de una misión de país de la OIM: MISSION_ y un código ISO 3166-1 alfa-2, por ejemplo MISSION_EC',
  },
});

/** An issue code of `@iom/missions`. */
export type MissionIssueCode = keyof typeof missionIssues.templates.en;
