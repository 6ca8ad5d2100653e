import { describe, expect, it } from 'vitest';
import { repairFrench } from './repair-french.js';

describe('repairFrench', () => {
  it.each([
    ['le bureau a mis en uvre un programme', 'le bureau a mis en œuvre un programme'],
    ['la mise en uvre des procédures', 'la mise en œuvre des procédures'],
    ['les efforts mis en uvre pour', 'les efforts mis en œuvre pour'],
    ["un chef-d'uvre", "un chef-d'œuvre"],
    ['des hors-d uvre', 'des hors-d’œuvre'],
    ['la main-d uvre migrante', 'la main-d’œuvre migrante'],
    ['une man uvre, des man uvres, ils man uvrent', 'une manœuvre, des manœuvres, ils manœuvrent'],
    ['au c ur du sujet', 'au cœur du sujet'],
    ['ma s ur et mes s urs', 'ma sœur et mes sœurs'],
    ['ses cons urs', 'ses consœurs'],
    ['mes v ux, un v u', 'mes vœux, un vœu'],
    ['un n ud, du b uf, des ufs', 'un nœud, du bœuf, des œufs'],
    ['les m urs locales', 'les mœurs locales'],
    ["l'uvre de l'OIM", "l'œuvre de l'OIM"],
    ['Uvre collective', 'Œuvre collective'],
    ['ils uvrent ensemble', 'ils œuvrent ensemble'],
  ])('repairs %j', (input, expected) => {
    const result = repairFrench(input, { apostrophes: false });
    expect(result.text).toBe(expected);
    expect(result.repairs.length).toBeGreaterThan(0);
    expect(result.repairs.every((repair) => repair.kind === 'oe')).toBe(true);
  });

  it.each([
    'sur le couvre-feu',
    'il ouvre la porte et découvre',
    'les ouvriers et leurs urgences',
    'avec urgence, il a vu les urnes',
    'une œuvre, un cœur, une sœur déjà écrits',
    'une oeuvre écrite avec oe',
    'le murs, les mûrs',
    'UVREX et buffet, uffizi',
    'la surface du sol',
    'les nus et les vus',
  ])('leaves %j alone', (input) => {
    const result = repairFrench(input);
    expect(result.text).toBe(input);
    expect(result.repairs).toEqual([]);
  });

  it('restores lost elision apostrophes with the text’s own apostrophe', () => {
    expect(repairFrench("l OIM et l'Equateur").text).toBe("l'OIM et l'Equateur");
    expect(repairFrench('d information, qu il, c est').text).toBe('d’information, qu’il, c’est');
    expect(repairFrench('d information').repairs).toEqual([{ kind: 'apostrophe', from: 'd ', to: 'd’' }]);
  });

  it('does not take units or enumerations for elisions', () => {
    for (const input of ['5 s après', '10 l eau', 'les points c et d', 'la lettre d ou e', 'M. Dupont']) {
      expect(repairFrench(input).text).toBe(input);
    }
  });

  it('reports each repair with its before and after', () => {
    expect(repairFrench('mis en uvre, au c ur').repairs).toEqual([
      { kind: 'oe', from: 'uvre', to: 'œuvre' },
      { kind: 'oe', from: 'c ur', to: 'cœur' },
    ]);
  });
});
