import * as core from '@iom/core';
import { formatIssues, PayloadKindRegistry } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { ContactPoint, contactPointKind, MediaContact, mediaContactKind } from './contact-point.js';
import * as contact from './index.js';
import { LanguageTag } from './language-tag.js';
import { PhoneNumber } from './phone/schema.js';

const nadia: ContactPoint = {
  name: { full: 'Nadia Zelisko' },
  office: 'OIM Equateur',
  role: 'media',
  phones: [{ e164: '+59322444928', type: 'fixed' }],
  emails: ['nzelisko@iom.org.ec'],
  languages: ['es', 'fr'],
};

describe('PhoneNumber', () => {
  it('checks the E.164 form and the extension digits', () => {
    expect(PhoneNumber.safeParse({ e164: '+59322444928', extension: '12', type: 'fax' }).success).toBe(true);
    expect(PhoneNumber.safeParse({ e164: '022444928' }).success).toBe(false);
    expect(PhoneNumber.safeParse({ e164: '+59322444928', extension: 'x12' }).success).toBe(false);
    expect(PhoneNumber.safeParse({ e164: '+59322444928', type: 'landline' }).success).toBe(false);
  });
});

describe('PostalAddress', () => {
  it('is the address of @iom/core, re-exported, and checks the address of a contact point', () => {
    expect(contact.PostalAddress).toBe(core.PostalAddress);
    expect(contact.PostalAddressShape).toBe(core.PostalAddressShape);
    const result = ContactPoint.safeParse({ ...nadia, address: { country: 'PE', subdivision: 'EC-P' } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(formatIssues(result.error, 'es')).toEqual([
        {
          path: ['address', 'subdivision'],
          code: 'address_subdivision_country',
          message: 'La subdivisión EC-P no está en el país PE',
        },
      ]);
    }
  });
});

describe('LanguageTag', () => {
  it.each(['es', 'fr-CA', 'qu', 'es-419'])('accepts %s', (tag) =>
    expect(LanguageTag.safeParse(tag).success).toBe(true),
  );
  it.each(['', 'español', 'e$'])('rejects %s', (tag) => expect(LanguageTag.safeParse(tag).success).toBe(false));
});

describe('ContactPoint and MediaContact', () => {
  it('accepts a media contact', () => {
    expect(ContactPoint.safeParse(nadia).success).toBe(true);
    expect(MediaContact.safeParse(nadia).success).toBe(true);
  });

  it('takes only absolute http and https links as its url', () => {
    expect(ContactPoint.safeParse({ ...nadia, url: 'https://ecuador.iom.int/' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'CO:', 'x:']) {
      const { error } = ContactPoint.safeParse({ ...nadia, url });
      if (error === undefined) throw new Error(`${url} should fail`);
      expect(formatIssues(error, 'es').map((issue) => [issue.code, issue.path])).toEqual([
        ['http_url_invalid', ['url']],
      ]);
    }
  });

  it('needs a name, an organisation or an office', () => {
    const result = ContactPoint.safeParse({ emails: ['a@iom.int'] });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error, 'en')[0]?.code).toBe('contact_point_empty');
  });

  it('needs a phone or an email for a media contact', () => {
    const result = MediaContact.safeParse({ name: { full: 'Nadia Zelisko' } });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error, 'fr')[0]?.code).toBe('media_contact_unreachable');
    expect(ContactPoint.safeParse({ name: { full: 'Nadia Zelisko' } }).success).toBe(true);
  });

  it('takes an optional $kind and is registered as iom.contact-point@1 and iom.media-contact@1', () => {
    const registry = new PayloadKindRegistry([contactPointKind, mediaContactKind]);
    expect(registry.validate({ $kind: 'iom.contact-point@1', ...nadia }).success).toBe(true);
    expect(registry.validate({ $kind: 'iom.media-contact@1', office: 'IOM Ecuador' }).success).toBe(false);
    expect(ContactPoint.safeParse({ $kind: 'iom.media-contact@1', ...nadia }).success).toBe(false);
    expect(contactPointKind.ref).toBe('iom.contact-point@1');
  });
});
