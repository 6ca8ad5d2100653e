import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ContactPoint } from '../contact-point.js';
import { fromJCard, fromVCard } from './read.js';
import { toJCard, toVCard } from './write.js';

const nadia: ContactPoint = {
  name: { full: 'Nadia Zelisko', given: 'Nadia', family: 'Zelisko' },
  title: { fr: 'Chargée de communication', es: 'Oficial de comunicación; prensa', en: 'Communications Officer, press' },
  role: 'media',
  organization: 'Organisation internationale pour les migrations',
  office: 'OIM Equateur',
  phones: [
    { e164: '+59322444928', extension: '123', type: 'fixed' },
    { e164: '+593991234567', type: 'mobile' },
    { e164: '+59322444929', type: 'fax' },
    { e164: '+18005550199' },
  ],
  emails: ['nzelisko@iom.org.ec', 'press@iom.int'],
  address: {
    country: 'EC',
    streetLines: ['Av. Amazonas N37-271 y Villalengua', 'Edificio Rabida, piso 8'],
    locality: 'Quito',
    subdivision: 'EC-P',
    region: 'Pichincha',
    postalCode: '170135',
  },
  languages: ['es', 'fr', 'qu'],
  url: 'https://ecuador.iom.int/',
};

const office: ContactPoint = { office: 'IOM Ecuador', emails: ['iomquito@iom.int'] };
const longName: ContactPoint = {
  name: { full: 'María José de los Ángeles López García-Valdivieso y Fernández de Córdoba' },
  title: { es: 'Coordinadora regional de comunicación y relaciones con los medios para América del Sur' },
};

const samples = { nadia, office, longName };

describe('toVCard / fromVCard through ical.js (RFC 6350)', () => {
  it.each(Object.entries(samples))('ical.js reads %s as the jCard toJCard writes', (_name, contact) => {
    // ical.js adds the (empty) list of sub-components that RFC 7095 leaves out.
    const parsed = ICAL.parse(toVCard(contact));
    expect(parsed).toEqual([...toJCard(contact), []]);
  });

  it.each(Object.entries(samples))('round-trips %s: toVCard → ical.js → jCard → fromJCard', (_name, contact) => {
    const { value, issues } = fromJCard(ICAL.parse(toVCard(contact)));
    expect(issues).toEqual([]);
    expect(value).toEqual([contact]);
  });

  it.each(Object.entries(samples))(
    'round-trips %s: toJCard → ical.js Component → vCard text → fromVCard',
    (_name, contact) => {
      const text = new ICAL.Component(toJCard(contact)).toString();
      const { value, issues } = fromVCard(text);
      expect(issues).toEqual([]);
      expect(value).toEqual([contact]);
    },
  );

  it('writes CRLF lines folded at 75 octets, never inside a character', () => {
    const text = toVCard(longName);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('writes TEL as tel: URIs with types and EMAIL, ADR with CC', () => {
    const text = toVCard(nadia).replace(/\r\n /g, '');
    expect(text).toContain('TEL;TYPE=work,voice;PREF=1;X-IOM-PHONE-TYPE=fixed:tel:+593-2-244-4928;ext=123');
    expect(text).toContain('TEL;TYPE=work,cell;X-IOM-PHONE-TYPE=mobile:tel:+593-99-123-4567');
    expect(text).toContain(
      'ADR;TYPE=work;CC=EC;X-IOM-SUBDIVISION=EC-P:;;Av. Amazonas N37-271 y Villalengua\\nEdificio Rabida\\, piso 8;Quito;Pichincha;170135;Ecuador',
    );
    expect(text).toContain('TITLE;LANGUAGE=es;ALTID=1:Oficial de comunicación; prensa');
  });
});

describe('fromVCard: lenient reading', () => {
  it('reads a vCard 3.0 from another program, reporting what it drops', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:López García;María José;;Sra.;',
      'FN:María José López García',
      'ORG:OIM;Oficina de Lima',
      'TEL;TYPE=WORK,VOICE:+51 1 633 0000 anexo 114',
      'TEL;TYPE=CELL:+51 987 654 321',
      'item1.EMAIL;TYPE=INTERNET:mjlopez@iom.int',
      'EMAIL:not an address',
      'PHOTO;VALUE=uri:https://example.org/p.jpg',
      'this line is broken',
      'ADR;TYPE=WORK:;;Av. José Pardo 601;Lima;;15074;PE',
      'END:VCARD',
    ].join('\n');
    const { value, issues } = fromVCard(text, { locale: 'es' });
    expect(value).toEqual([
      {
        name: { full: 'María José López García', given: 'María José', family: 'López García', prefix: 'Sra.' },
        organization: 'OIM',
        office: 'Oficina de Lima',
        phones: [
          { e164: '+5116330000', extension: '114' },
          { e164: '+51987654321', type: 'mobile' },
        ],
        emails: ['mjlopez@iom.int'],
        address: { country: 'PE', streetLines: ['Av. José Pardo 601'], locality: 'Lima', postalCode: '15074' },
      },
    ]);
    expect(issues.map((issue) => issue.code)).toEqual([
      'vcard_line_malformed',
      'vcard_version',
      'vcard_email_invalid',
      'vcard_property_ignored',
    ]);
    expect(issues[1]?.message).toBe('La vCard indica VERSION 3.0; se leyó como vCard 4.0.');
  });

  it('reads several cards and reports a missing END and FN', () => {
    const { value, issues } = fromVCard(
      'BEGIN:VCARD\nVERSION:4.0\nFN:A B\nBEGIN:VCARD\nVERSION:4.0\nKIND:org\nORG:IOM\n',
    );
    expect(value).toEqual([{ name: { full: 'A B' } }, { organization: 'IOM' }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['vcard_end_missing', [0]],
      ['vcard_end_missing', [1]],
      ['vcard_fn_missing', [1, 'name']],
    ]);
  });

  it('keeps only http and https links, reporting the others with vcard_url_invalid', () => {
    for (const [url, kept] of [
      ['https://ecuador.iom.int/', true],
      ['HTTP://IOM.INT', true],
      ['javascript:alert(1)', false],
      ['data:text/html,<script>alert(1)</script>', false],
      ['https://iom.int/réunion', false],
      ['https://iom.int@evil.example/', false],
    ] as const) {
      const { value, issues } = fromVCard(
        `BEGIN:VCARD\nVERSION:4.0\nFN:IOM\nKIND:org\nORG:IOM\nURL:${url}\nEND:VCARD\n`,
      );
      expect([url, value[0]?.url]).toEqual([url, kept ? url : undefined]);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual(kept ? [] : [['vcard_url_invalid', [0, 'url']]]);
    }
  });

  it('says when there is no vCard', () => {
    expect(fromVCard('hello').issues.map((issue) => issue.code)).toEqual(['vcard_not_found']);
    expect(fromJCard({ not: 'a jcard' }).issues.map((issue) => issue.code)).toEqual(['jcard_malformed']);
    expect(fromJCard(['vcard', [['fn', {}, 'text', 'IOM'], 'junk', ['kind', {}, 'text', 'org']]]).value).toEqual([
      { office: 'IOM' },
    ]);
  });
});
