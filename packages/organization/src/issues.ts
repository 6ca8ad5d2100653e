import { defineIssues } from '@iom/core';

/**
 * The issue codes of `@iom/organization`, with their messages in English, French and Spanish.
 * `{when}` reads "on 1 January 2024" (or "from the start" before any recorded date).
 */
export const organizationIssues = defineIssues({
  en: {
    org_duplicate_id: 'The id {id} is used more than once among the {collection}',
    org_dates_out_of_order: '{id} ends ({validUntil}) before it starts ({validFrom})',
    org_unknown_unit: '{id} refers to the unit {ref}, which does not exist',
    org_unknown_post: '{id} refers to the post {ref}, which does not exist',
    org_unknown_person: '{id} refers to the person {ref}, who is not listed',
    org_unknown_site: '{id} refers to the site {ref}, which does not exist',
    org_no_root: 'The units have no root {when}: every unit has a parent',
    org_multiple_roots: 'The units have several roots {when}: {ids}',
    org_cycle: 'The parent links form a cycle {when}: {ids}',
    org_multiple_parents: 'The unit {id} has several parents {when}: {parents}',
    org_parent_not_valid: 'The unit {id} reports to {parent} {when}, but {parent} does not exist then',
    org_link_child_not_valid: 'A parent link of {id} (to {parent}) holds {when}, but {id} does not exist then',
    org_holders_overlap: 'The post {post} has two holders {when}: memberships {first} and {second}',
    org_membership_outside_post: 'The membership {id} holds {when}, but its post {post} does not exist then',
    org_post_unit_not_valid: 'The post {id} exists {when}, but its unit {unit} does not',
    org_coverage_overlap: 'The country {country} is covered by two regional offices {when}: {first} and {second}',
    org_coverage_country_unknown:
      'The regional office {id} lists {country} in its coverage, which is not an assigned ISO 3166-1 country code',
    org_coverage_lists_overlap: 'The regional office {id} has two coverage lists in force {when}',
    org_coverage_outside_unit: 'A coverage list of {id} holds {when}, but {id} does not exist then',
    org_date_not_real: 'Not a real calendar date: the month has no such day',
  },
  fr: {
    org_duplicate_id: 'L’identifiant {id} est utilisé plus d’une fois parmi les {collection}',
    org_dates_out_of_order: '{id} se termine ({validUntil}) avant de commencer ({validFrom})',
    org_unknown_unit: '{id} renvoie à l’unité {ref}, qui n’existe pas',
    org_unknown_post: '{id} renvoie au poste {ref}, qui n’existe pas',
    org_unknown_person: '{id} renvoie à la personne {ref}, qui ne figure pas dans la liste',
    org_unknown_site: '{id} renvoie au site {ref}, qui n’existe pas',
    org_no_root: 'Les unités n’ont pas de racine {when} : chaque unité a un parent',
    org_multiple_roots: 'Les unités ont plusieurs racines {when} : {ids}',
    org_cycle: 'Les liens de rattachement forment un cycle {when} : {ids}',
    org_multiple_parents: 'L’unité {id} a plusieurs parents {when} : {parents}',
    org_parent_not_valid: 'L’unité {id} relève de {parent} {when}, mais {parent} n’existe pas à cette date',
    org_link_child_not_valid:
      'Un lien de rattachement de {id} (vers {parent}) est en vigueur {when}, mais {id} n’existe pas à cette date',
    org_holders_overlap: 'Le poste {post} a deux titulaires {when} : affectations {first} et {second}',
    org_membership_outside_post:
      'L’affectation {id} est en vigueur {when}, mais son poste {post} n’existe pas à cette date',
    org_post_unit_not_valid: 'Le poste {id} existe {when}, mais son unité {unit} n’existe pas',
    org_coverage_overlap: 'Le pays {country} relève de deux bureaux régionaux {when} : {first} et {second}',
    org_coverage_country_unknown:
      'Le bureau régional {id} mentionne {country} dans sa couverture, qui n’est pas un code de pays ISO 3166-1 attribué',
    org_coverage_lists_overlap: 'Le bureau régional {id} a deux listes de couverture en vigueur {when}',
    org_coverage_outside_unit:
      'Une liste de couverture de {id} est en vigueur {when}, mais {id} n’existe pas à cette date',
    org_date_not_real: 'Date de calendrier inexistante : le mois n’a pas ce jour',
  },
  es: {
    org_duplicate_id: 'El identificador {id} se usa más de una vez entre {collection}',
    org_dates_out_of_order: '{id} termina ({validUntil}) antes de empezar ({validFrom})',
    org_unknown_unit: '{id} remite a la unidad {ref}, que no existe',
    org_unknown_post: '{id} remite al puesto {ref}, que no existe',
    org_unknown_person: '{id} remite a la persona {ref}, que no figura en la lista',
    org_unknown_site: '{id} remite al sitio {ref}, que no existe',
    org_no_root: 'Las unidades no tienen raíz {when}: todas tienen una unidad superior',
    org_multiple_roots: 'Las unidades tienen varias raíces {when}: {ids}',
    org_cycle: 'Los vínculos jerárquicos forman un ciclo {when}: {ids}',
    org_multiple_parents: 'La unidad {id} tiene varias unidades superiores {when}: {parents}',
    org_parent_not_valid: 'La unidad {id} depende de {parent} {when}, pero {parent} no existe en esa fecha',
    org_link_child_not_valid:
      'Un vínculo jerárquico de {id} (con {parent}) está vigente {when}, pero {id} no existe en esa fecha',
    org_holders_overlap: 'El puesto {post} tiene dos titulares {when}: nombramientos {first} y {second}',
    org_membership_outside_post:
      'El nombramiento {id} está vigente {when}, pero su puesto {post} no existe en esa fecha',
    org_post_unit_not_valid: 'El puesto {id} existe {when}, pero su unidad {unit} no',
    org_coverage_overlap: 'El país {country} depende de dos oficinas regionales {when}: {first} y {second}',
    org_coverage_country_unknown:
      'La oficina regional {id} incluye {country} en su cobertura, que no es un código de país ISO 3166-1 asignado',
    org_coverage_lists_overlap: 'La oficina regional {id} tiene dos listas de cobertura vigentes {when}',
    org_coverage_outside_unit: 'Una lista de cobertura de {id} está vigente {when}, pero {id} no existe en esa fecha',
    org_date_not_real: 'Fecha de calendario inexistente: el mes no tiene ese día',
  },
});

/** An issue code of `@iom/organization`. */
export type OrganizationIssueCode = keyof typeof organizationIssues.templates.en;
