import type { Labels } from '@iom/core';
import type { ContactRoleCode, PhoneTypeCode } from '../codes.js';

/** English labels of `@iom/contact`. */
export const en = {
  phoneTypes: {
    fixed: 'Landline',
    mobile: 'Mobile',
    'fixed-or-mobile': 'Landline or mobile',
    fax: 'Fax',
    'toll-free': 'Toll-free',
    'premium-rate': 'Premium-rate',
    'shared-cost': 'Shared-cost',
    voip: 'Internet telephony (VoIP)',
    personal: 'Personal number',
    pager: 'Pager',
    uan: 'Universal access number',
    voicemail: 'Voicemail',
  } satisfies Labels<PhoneTypeCode>,
  roles: {
    media: 'Media contact',
    spokesperson: 'Spokesperson',
    'chief-of-mission': 'Chief of Mission',
    'focal-point': 'Focal point',
    general: 'General enquiries',
    emergency: 'Emergency line',
  } satisfies Labels<ContactRoleCode>,
};
