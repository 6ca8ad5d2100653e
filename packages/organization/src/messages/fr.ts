import type { OrganizationIssueCode } from './types.js';
import type { StructureWords } from './words.js';

/** The French message of each issue code of `@iom/organization`. */
export const fr: { readonly [C in OrganizationIssueCode]: string } = {
  org_duplicate_id: 'L’identifiant {id} est utilisé plus d’une fois parmi les {collection}',
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
  org_coverage_lists_overlap: 'Le bureau régional {id} a deux listes de couverture en vigueur {when}',
  org_coverage_outside_unit:
    'Une liste de couverture de {id} est en vigueur {when}, mais {id} n’existe pas à cette date',
  org_date_not_real: 'Date de calendrier inexistante : le mois n’a pas ce jour',
};

/** The French words the messages are built from. */
export const frWords: StructureWords = {
  collections: {
    units: 'unités',
    links: 'liens',
    posts: 'postes',
    people: 'personnes',
    memberships: 'affectations',
    sites: 'sites',
    figures: 'chiffres',
  },
  fromTheStart: 'dès le début',
  onDate: 'le {date}',
};
