import type { OrganizationLabels } from './types.js';

/**
 * Spanish labels. Feminine and masculine titles (Directora General, Jefa de Misión); the neutral
 * form names both.
 */
export const es = {
  unitKinds: {
    headquarters_office: 'Oficina de la Sede',
    department: 'Departamento',
    division: 'División',
    unit: 'Unidad',
    regional_office: 'Oficina regional',
    country_office: 'Oficina de país',
    sub_office: 'Suboficina',
    special_liaison_office: 'Oficina especial de enlace',
    administrative_centre: 'Centro administrativo',
  },
  postKinds: {
    director_general: {
      masculine: 'Director General',
      feminine: 'Directora General',
      neutral: 'Director General / Directora General',
    },
    deputy_director_general: {
      masculine: 'Director General Adjunto',
      feminine: 'Directora General Adjunta',
      neutral: 'Director General Adjunto / Directora General Adjunta',
    },
    chief_of_staff: { masculine: 'Jefe de Gabinete', feminine: 'Jefa de Gabinete', neutral: 'Jefe / Jefa de Gabinete' },
    deputy_chief_of_staff: {
      masculine: 'Jefe Adjunto de Gabinete',
      feminine: 'Jefa Adjunta de Gabinete',
      neutral: 'Jefe Adjunto / Jefa Adjunta de Gabinete',
    },
    director: { masculine: 'Director', feminine: 'Directora', neutral: 'Director / Directora' },
    head_of_unit: { masculine: 'Jefe de Unidad', feminine: 'Jefa de Unidad', neutral: 'Jefe / Jefa de Unidad' },
    regional_director: {
      masculine: 'Director Regional',
      feminine: 'Directora Regional',
      neutral: 'Director Regional / Directora Regional',
    },
    chief_of_mission: { masculine: 'Jefe de Misión', feminine: 'Jefa de Misión', neutral: 'Jefe / Jefa de Misión' },
    head_of_office: { masculine: 'Jefe de Oficina', feminine: 'Jefa de Oficina', neutral: 'Jefe / Jefa de Oficina' },
    officer_in_charge: 'Oficial a cargo',
    spokesperson: 'Portavoz',
  },
  interim: {
    acting: { masculine: '{title} interino', feminine: '{title} interina', neutral: '{title} interino/a' },
    ad_interim: { masculine: '{title} interino', feminine: '{title} interina', neutral: '{title} interino/a' },
  },
  figures: {
    member_states: 'Estados Miembros',
    observer_states: 'Estados Observadores',
    countries_with_presence: 'Países con presencia de la OIM',
  },
} as const satisfies OrganizationLabels;
