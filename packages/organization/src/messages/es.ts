import type { OrganizationIssueCode } from './types.js';
import type { StructureWords } from './words.js';

/** The Spanish message of each issue code of `@iom/organization`. */
export const es: { readonly [C in OrganizationIssueCode]: string } = {
  org_duplicate_id: 'El identificador {id} se usa más de una vez entre {collection}',
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
  org_membership_outside_post: 'El nombramiento {id} está vigente {when}, pero su puesto {post} no existe en esa fecha',
  org_post_unit_not_valid: 'El puesto {id} existe {when}, pero su unidad {unit} no',
  org_coverage_overlap: 'El país {country} depende de dos oficinas regionales {when}: {first} y {second}',
  org_coverage_lists_overlap: 'La oficina regional {id} tiene dos listas de cobertura vigentes {when}',
  org_coverage_outside_unit: 'Una lista de cobertura de {id} está vigente {when}, pero {id} no existe en esa fecha',
  org_date_not_real: 'Fecha de calendario inexistente: el mes no tiene ese día',
};

/** The Spanish words the messages are built from. */
export const esWords: StructureWords = {
  collections: {
    units: 'unidades',
    links: 'vínculos',
    posts: 'puestos',
    people: 'personas',
    memberships: 'nombramientos',
    sites: 'sitios',
    figures: 'cifras',
  },
  fromTheStart: 'desde el principio',
  onDate: 'el {date}',
};
