import type { Labels } from '@iom/core';
import type { ContactRoleCode, PhoneTypeCode } from '../codes.js';

/** French labels of `@iom/contact`. */
export const fr = {
  phoneTypes: {
    fixed: 'Ligne fixe',
    mobile: 'Portable',
    'fixed-or-mobile': 'Ligne fixe ou portable',
    fax: 'Télécopie',
    'toll-free': 'Numéro gratuit',
    'premium-rate': 'Numéro surtaxé',
    'shared-cost': 'Numéro à coût partagé',
    voip: 'Téléphonie par Internet (VoIP)',
    personal: 'Numéro personnel',
    pager: 'Récepteur d’appel',
    uan: 'Numéro d’accès universel',
    voicemail: 'Messagerie vocale',
  } satisfies Labels<PhoneTypeCode>,
  roles: {
    media: 'Contact presse',
    spokesperson: 'Porte-parole',
    'chief-of-mission': 'Chef de mission',
    'focal-point': 'Point focal',
    general: 'Renseignements généraux',
    emergency: 'Ligne d’urgence',
  } satisfies Labels<ContactRoleCode>,
};
