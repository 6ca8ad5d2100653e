import type { OrganizationLabels } from './types.js';

/** English labels. Titles follow iom.int (iom.int/iom-organizational-structure). */
export const en = {
  unitKinds: {
    headquarters_office: 'Headquarters office',
    department: 'Department',
    division: 'Division',
    unit: 'Unit',
    regional_office: 'Regional office',
    country_office: 'Country office',
    sub_office: 'Sub-office',
    special_liaison_office: 'Special liaison office',
    administrative_centre: 'Administrative centre',
  },
  postKinds: {
    director_general: 'Director General',
    deputy_director_general: 'Deputy Director General',
    chief_of_staff: 'Chief of Staff',
    deputy_chief_of_staff: 'Deputy Chief of Staff',
    director: 'Director',
    head_of_unit: 'Head of Unit',
    regional_director: 'Regional Director',
    chief_of_mission: 'Chief of Mission',
    head_of_office: 'Head of Office',
    officer_in_charge: 'Officer in Charge',
    spokesperson: 'Spokesperson',
  },
  interim: { acting: 'Acting {title}', ad_interim: '{title} ad interim' },
  figures: {
    member_states: 'Member States',
    observer_states: 'Observer States',
    countries_with_presence: 'Countries with an IOM presence',
  },
} as const satisfies OrganizationLabels;
