import type { MissionIssueCode } from './types.js';

/** The Spanish message of each issue code of `@iom/missions`. */
export const es: { readonly [C in MissionIssueCode]: string } = {
  mission_duplicate_id: 'El identificador {id} se usa más de una vez',
  mission_chiefs_overlap: 'La misión {mission} tiene dos jefaturas el {date}: {first} y {second}',
  mission_country_overlap: 'El país {country} tiene dos misiones el {date}: {first} y {second}',
  mission_main_office_kind: 'La oficina principal de {mission} debe ser una oficina de país',
  mission_sub_office_kind: 'La suboficina {id} de {mission} debe ser una suboficina',
  mission_started_before_established:
    'La misión {mission} empieza ({validFrom}) antes del año en que se estableció ({year})',
  mission_id_format:
    'Se esperaba el identificador de una misión de país de la OIM: MISSION_ y un código ISO 3166-1 alfa-2, por ejemplo MISSION_EC',
};
