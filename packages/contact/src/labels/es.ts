import type { Labels } from '@iom/core';
import type { ContactRoleCode, PhoneTypeCode } from '../codes.js';

/** Spanish labels of `@iom/contact`. */
export const es = {
  phoneTypes: {
    fixed: 'Teléfono fijo',
    mobile: 'Celular',
    'fixed-or-mobile': 'Fijo o celular',
    fax: 'Fax',
    'toll-free': 'Línea gratuita',
    'premium-rate': 'Tarificación adicional',
    'shared-cost': 'Costo compartido',
    voip: 'Telefonía por Internet (VoIP)',
    personal: 'Número personal',
    pager: 'Buscapersonas',
    uan: 'Número de acceso universal',
    voicemail: 'Buzón de voz',
  } satisfies Labels<PhoneTypeCode>,
  roles: {
    media: 'Contacto de prensa',
    spokesperson: 'Portavoz',
    'chief-of-mission': 'Jefe de Misión',
    'focal-point': 'Punto focal',
    general: 'Información general',
    emergency: 'Línea de emergencia',
  } satisfies Labels<ContactRoleCode>,
};
