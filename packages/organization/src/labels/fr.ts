import type { OrganizationLabels } from './types.js';

/**
 * French labels. Feminine and masculine titles as on iom.int/fr (« Directrice générale »,
 * « Directrice générale adjointe »); the neutral form names both.
 */
export const fr = {
  unitKinds: {
    headquarters_office: 'Bureau du Siège',
    department: 'Département',
    division: 'Division',
    unit: 'Unité',
    regional_office: 'Bureau régional',
    country_office: 'Bureau de pays',
    sub_office: 'Sous-bureau',
    special_liaison_office: 'Bureau spécial de liaison',
    administrative_centre: 'Centre administratif',
  },
  postKinds: {
    director_general: {
      masculine: 'Directeur général',
      feminine: 'Directrice générale',
      neutral: 'Directeur général / Directrice générale',
    },
    deputy_director_general: {
      masculine: 'Directeur général adjoint',
      feminine: 'Directrice générale adjointe',
      neutral: 'Directeur général adjoint / Directrice générale adjointe',
    },
    chief_of_staff: {
      masculine: 'Chef de cabinet',
      feminine: 'Cheffe de cabinet',
      neutral: 'Chef / Cheffe de cabinet',
    },
    deputy_chief_of_staff: {
      masculine: 'Chef de cabinet adjoint',
      feminine: 'Cheffe de cabinet adjointe',
      neutral: 'Chef de cabinet adjoint / Cheffe de cabinet adjointe',
    },
    director: { masculine: 'Directeur', feminine: 'Directrice', neutral: 'Directeur / Directrice' },
    head_of_unit: { masculine: 'Chef d’unité', feminine: 'Cheffe d’unité', neutral: 'Chef / Cheffe d’unité' },
    regional_director: {
      masculine: 'Directeur régional',
      feminine: 'Directrice régionale',
      neutral: 'Directeur régional / Directrice régionale',
    },
    chief_of_mission: {
      masculine: 'Chef de mission',
      feminine: 'Cheffe de mission',
      neutral: 'Chef / Cheffe de mission',
    },
    head_of_office: { masculine: 'Chef de bureau', feminine: 'Cheffe de bureau', neutral: 'Chef / Cheffe de bureau' },
    officer_in_charge: 'Responsable par intérim',
    spokesperson: 'Porte-parole',
  },
  interim: { acting: '{title} par intérim', ad_interim: '{title} par intérim' },
  figures: {
    member_states: 'États Membres',
    observer_states: 'États observateurs',
    countries_with_presence: 'Pays où l’OIM est présente',
  },
} as const satisfies OrganizationLabels;
