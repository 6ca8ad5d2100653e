import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContactBlock } from './contact-block.js';
import { ContactPoint, MediaContact } from './contact-point.js';

const corpus = readFileSync(new URL('../test/iom-ecuador-trafficking-release-fr.txt', import.meta.url), 'utf8');

describe('parseContactBlock: the Ecuador release (fr)', () => {
  const { value, issues } = parseContactBlock(corpus, { locale: 'fr' });

  it('reads one contact: name, office, the two numbers as written, the email once', () => {
    expect(value).toEqual([
      {
        name: { full: 'Nadia Zelisko' },
        role: 'media',
        office: 'OIM Equateur',
        phones: [{ e164: '+5932444928' }, { e164: '+5932444929' }],
        emails: ['nzelisko@iom.org.ec'],
      },
    ]);
    expect(MediaContact.safeParse(value[0]).success).toBe(true);
  });

  it('says why the numbers are not valid, and suggests without applying', () => {
    const codes = issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);
    expect(codes).toEqual([
      '0.phones.0 phone_plus_added',
      '0.phones.0 phone_too_short',
      '0.phones.0 phone_legacy_subscriber',
      '0.phones.1 phone_alternative_ending',
      '0.phones.1 phone_plus_added',
      '0.phones.1 phone_too_short',
      '0.phones.1 phone_legacy_subscriber',
    ]);
    expect(issues[2]?.message).toMatch(/^Semble écrit avant 2001–2003/);
  });

  it('reads the same block with the default country EC the same way', () => {
    expect(parseContactBlock(corpus, { locale: 'fr', defaultCountry: 'EC' }).value).toEqual(value);
  });
});

describe('parseContactBlock: en, fr, es layouts', () => {
  it('reads an English inline paragraph with two contacts', () => {
    const text =
      'For more information, please contact Jorge Galindo at IOM Geneva, Tel: +41 22 717 9205, Email: jgalindo@iom.int ' +
      'or\nJean-Philippe Chauzy, Chief of Communications, Tel: +41 22 717 9361, Mobile: +41 79 285 4366, Email: jchauzy@iom.int';
    const { value, issues } = parseContactBlock(text, { locale: 'en' });
    expect(value).toEqual([
      {
        name: { full: 'Jorge Galindo' },
        role: 'media',
        office: 'IOM Geneva',
        phones: [{ e164: '+41227179205', type: 'fixed' }],
        emails: ['jgalindo@iom.int'],
      },
      {
        name: { full: 'Jean-Philippe Chauzy' },
        title: { en: 'Chief of Communications' },
        role: 'media',
        phones: [
          { e164: '+41227179361', type: 'fixed' },
          { e164: '+41792854366', type: 'mobile' },
        ],
        emails: ['jchauzy@iom.int'],
      },
    ]);
    expect(issues).toEqual([]);
    for (const contact of value) expect(ContactPoint.safeParse(contact).success).toBe(true);
  });

  it('reads a Spanish block with Telf., anexo, Cel. and [at]', () => {
    const text = [
      'Para más información, por favor contacte a:',
      'María José López García',
      'Oficial de Comunicación, OIM Perú',
      'Telf.: (01) 633 0000 anexo 114',
      'Cel.: 987 654 321',
      'Correo: mjlopez [at] iom.int',
    ].join('\n');
    const { value, issues } = parseContactBlock(text, { locale: 'es', defaultCountry: 'PE' });
    expect(value).toEqual([
      {
        name: { full: 'María José López García' },
        title: { es: 'Oficial de Comunicación' },
        role: 'media',
        office: 'OIM Perú',
        phones: [
          { e164: '+5116330000', extension: '114', type: 'fixed' },
          { e164: '+51987654321', type: 'mobile' },
        ],
        emails: ['mjlopez@iom.int'],
      },
    ]);
    expect(issues.map((issue) => issue.code)).toEqual(['phone_default_country', 'phone_default_country']);
  });

  it('reads a French block with narrow no-break spaces and poste', () => {
    const text =
      'Pour de plus amples informations, veuillez contacter :\nMme Florence Kim\nTél.\u202F: +41\u202F22\u202F717\u202F91\u202F11 poste 9330\nCourriel\u202F: fkim@iom.int';
    const { value } = parseContactBlock(text, { locale: 'fr' });
    expect(value).toEqual([
      {
        name: { full: 'Mme Florence Kim' },
        role: 'media',
        phones: [{ e164: '+41227179111', extension: '9330', type: 'fixed' }],
        emails: ['fkim@iom.int'],
      },
    ]);
  });

  it('reports what it could not read', () => {
    const { value, issues } = parseContactBlock('Juan Pérez\nE-mail:\nOIM Ecuador', { locale: 'es' });
    expect(value).toEqual([{ name: { full: 'Juan Pérez' }, role: 'media', office: 'OIM Ecuador' }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['contact_block_not_found', []],
      ['contact_email_missing_after_label', [0, 'emails']],
      ['contact_unreachable', [0]],
    ]);
    expect(issues[0]?.message).toMatch(/^No se encontró/);
  });

  it('says when a contact has no name', () => {
    const { value, issues } = parseContactBlock('Media contact: press@iom.int', { locale: 'en' });
    expect(value).toEqual([{ role: 'media', emails: ['press@iom.int'] }]);
    expect(issues.map((issue) => issue.code)).toEqual(['contact_name_missing']);
  });
});
