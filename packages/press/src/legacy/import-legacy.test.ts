import { exampleMissions } from '@iom/missions/data';
import { expectLinearTime } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusText, exampleReleases } from '../../test/helpers.js';
import { PressRelease } from '../release.js';
import { importLegacyText } from './import-legacy.js';

describe('importLegacyText on the real scraped release', () => {
  const { value, issues } = importLegacyText(corpusText(), { lang: 'fr', missions: exampleMissions });
  const codes = issues.map((issue) => issue.code);

  it('drops the navigation, finds the title and joins the 7 paragraphs', () => {
    expect(value.title).toBe("Réunion tri-nationale visant à éradiquer la traite d'êtres humains");
    expect(value.body).toHaveLength(7);
    expect(value.body?.[0]).toMatch(/^La première réunion tri-nationale entre les représentants de la Colombie/);
    expect(value.body?.join(' ')).not.toMatch(/Qui sommes nous|2030 AGENDA|mailto|Nadia/);
    expect(issues).toContainEqual({
      path: [],
      code: 'legacy_navigation_dropped',
      message: '29 lignes de navigation du site retirées',
    });
    expect(codes).toContain('legacy_title_guessed');
    expect(codes).toContain('legacy_lines_joined');
  });

  it('repairs both "mis en uvre" and reports each repair', () => {
    expect(value.body?.[5]).toContain('a récemment mis en œuvre un programme');
    expect(value.body?.[5]).toContain('des efforts mis en œuvre pour');
    expect(value.body?.join(' ')).not.toMatch(/(?<!œ)uvre/u);
    expect(issues.filter((issue) => issue.code === 'legacy_oe_repaired').map((issue) => issue.path)).toEqual([
      ['body', 5],
      ['body', 5],
    ]);
    expect(codes).not.toContain('legacy_apostrophe_repaired');
  });

  it('finds the quote and its speaker', () => {
    expect(value.quotes).toEqual([
      {
        text: expect.stringMatching(/^Etant donné la situation, .* tout au long de ce processus$/u),
        speaker: { name: 'Alejandro Guidi', role: "chef de mission de l'OIM en Equateur", organization: 'OIM' },
        paragraph: 4,
      },
    ]);
  });

  it('finds countries, partners with guessed roles and the missions', () => {
    expect(value.countries).toEqual(['CO', 'EC', 'PE', 'VE', 'BE']);
    expect(value.countries).not.toContain('US');
    expect(value.countries).not.toContain('RE');
    expect(value.partners).toEqual([
      { id: 'ILO', role: 'organiser' },
      { id: 'USAID', role: 'funder' },
    ]);
    expect(value.missions).toEqual(['MISSION_CO', 'MISSION_EC', 'MISSION_PE']);
    expect(codes.filter((code) => code === 'legacy_partner_role_guessed')).toHaveLength(2);
  });

  it('reads the media contact through @iom/contact, with its phone notes', () => {
    expect(value.mediaContacts).toEqual([
      {
        name: { full: 'Nadia Zelisko' },
        role: 'media',
        office: 'OIM Equateur',
        phones: [{ e164: '+5932444928' }, { e164: '+5932444929' }],
        emails: ['nzelisko@iom.org.ec'],
      },
    ]);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'phone_legacy_subscriber', path: ['mediaContacts', 0, 'phones', 0] }),
    );
  });

  it('leaves the date to the caller and says so', () => {
    expect(value.publishedAt).toBeUndefined();
    expect(codes).toContain('legacy_date_missing');
    expect(codes).toContain('legacy_fields_left_to_caller');
  });

  it('gives a draft that, completed by the caller, is the French example', () => {
    const { fr } = exampleReleases();
    const completed = {
      ...value,
      $kind: fr.$kind,
      id: fr.id,
      kind: fr.kind,
      scope: fr.scope,
      topics: fr.topics,
      translations: fr.translations,
      source: fr.source,
    };
    expect(PressRelease.parse(completed)).toEqual(fr);
  });
});

describe('importLegacyText on other texts', () => {
  it('reads an English release with a dateline, a quote and a contact', () => {
    const text = [
      'IOM and UNHCR Welcome New Protection Plan',
      '',
      'Geneva – IOM and the UN Refugee Agency (UNHCR) today welcomed a plan funded by the European Union',
      'to protect migrants in Peru.',
      '“We must act together,” said Amy Pope, IOM Director General.',
      '',
      'For further information please contact Paul Dillon at IOM Geneva, Tel: +41 22 717 91 11. Email: pdillon@iom.int',
    ].join('\n');
    const { value, issues } = importLegacyText(text, { lang: 'en' });
    expect(value).toMatchObject({
      language: 'en',
      title: 'IOM and UNHCR Welcome New Protection Plan',
      dateline: { place: 'Geneva' },
      body: [
        'IOM and the UN Refugee Agency (UNHCR) today welcomed a plan funded by the European Union to protect migrants in Peru.',
        '“We must act together,” said Amy Pope, IOM Director General.',
      ],
      quotes: [
        {
          text: 'We must act together',
          speaker: { name: 'Amy Pope', role: 'IOM Director General', organization: 'IOM' },
        },
      ],
      countries: ['PE'],
      partners: [
        { id: 'EU', role: 'funder' },
        { id: 'UNHCR', role: 'participant' },
      ],
    });
    expect(value.mediaContacts?.[0]?.emails).toEqual(['pdillon@iom.int']);
    expect(issues.map((issue) => issue.code)).toContain('legacy_dateline_found');
    expect(issues.map((issue) => issue.code)).not.toContain('legacy_oe_repaired');
  });

  it('never repairs "œ" outside French', () => {
    const { value } = importLegacyText('Title\nThe c ur of the matter.', { lang: 'en' });
    expect(value.body).toEqual(['The c ur of the matter.']);
  });

  it('reports a quote without a speaker and a missing contact block', () => {
    const { issues } = importLegacyText('Titre\n« Nous devons agir ensemble maintenant. »\n', { lang: 'fr' });
    expect(issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['legacy_quote_speaker_missing', 'legacy_contact_block_missing']),
    );
  });

  it('reports empty input and non-text input', () => {
    expect(importLegacyText('\n\n', { lang: 'es' }).issues.map((issue) => issue.code)).toEqual(['legacy_text_empty']);
    expect(importLegacyText(42 as unknown as string, { lang: 'es' }).issues[0]?.message).toBe('La entrada no es texto');
  });

  it('never throws on random text', () => {
    const pieces = fc.constantFrom(
      '«',
      '»',
      '“',
      '”',
      '"',
      ' uvre',
      'c ur',
      'OIT',
      'Equateur',
      '\n',
      ' – ',
      "Pour plus d'informations, veuillez contacter:",
      '- 2030 AGENDA',
      'mailto:',
      '<a ',
      'Tél. : 593.2',
      '.',
      ' a déclaré ',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'fr' as const, 'es' as const), (input, lang) => {
        const reading = importLegacyText(input, { lang });
        expect(Array.isArray(reading.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on 1 MB of adversarial text', async () => {
    const unit = '« c ur mis en uvre OIT Equateur a déclaré " l OIM Pérou (USAID) \n';
    await expectLinearTime('importLegacyText', {
      make: (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size),
      run: (input: string) => {
        const reading = importLegacyText(input, { lang: 'fr' });
        expect(reading.issues.length).toBeGreaterThan(0);
      },
    });
  });
});
