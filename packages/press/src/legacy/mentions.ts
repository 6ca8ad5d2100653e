import type { CountryCode } from '@iom/core';
import { countryIndex } from '../countries.js';
import type { PartnerRole } from '../model.js';
import { findPartnerByAcronym, type PartnerOrganization, partnerNameIndex } from '../partners.js';
import { type Token, tokenize } from '../phrase-index.js';

/** A partner named in a text, with the role its sentences suggest. */
export interface PartnerMention {
  /** The partner. */
  readonly partner: PartnerOrganization;
  /** The role guessed: organiser if any sentence says it organised, else funder if one says it funded. */
  readonly role: PartnerRole;
  /** How it was first written. */
  readonly written: string;
}

/** A country named in a text. */
export interface CountryMention {
  /** The country. */
  readonly country: CountryCode;
  /** How it was first written. */
  readonly written: string;
  /** The mission phrase ("l'OIM en Colombie", "OIM Equateur"), when the country follows "OIM"/"IOM". */
  readonly mission?: string;
}

const LOOK_BACK = 160;
const FUNDER = /financ|fund|subvenci|sponsor|auspic|donat|donor|bailleur|contribution de|apoyo econ/iu;
const ORGANISER = /organi[sz]|co-?organi|convoqu|convened|hosted|accueilli|coorganiz/iu;
const MISSION_BEFORE = /(?<![\p{L}])(?:OIM|IOM)(?:[\s\u00a0]+(?:en|au|aux|in|a|de|del|d['’])\b[^.!?]*|[\s\u00a0]*)$/u;

/** The part of the sentence before `start`, at most {@link LOOK_BACK} characters. */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - LOOK_BACK), start);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  return stop < 0 ? window : window.slice(stop + 2);
}

function roleFromContext(context: string): PartnerRole {
  if (ORGANISER.test(context)) return 'organiser';
  if (FUNDER.test(context)) return 'funder';
  return 'participant';
}

const PRIORITY: { readonly [R in PartnerRole]: number } = { organiser: 2, funder: 1, participant: 0 };

/**
 * The partners (by name in any language, or by acronym in capitals) and the countries a text names.
 * Country names inside a partner's name ("Agence des États-Unis pour le développement
 * international") are not counted. Linear in the text.
 */
export function findMentions(text: string): { partners: PartnerMention[]; countries: CountryMention[] } {
  const tokens = tokenize(text);
  const partners = new Map<string, PartnerMention>();
  const masked: Array<{ start: number; end: number }> = [];
  const record = (partner: PartnerOrganization, start: number, end: number, written: string): void => {
    masked.push({ start, end });
    const role = roleFromContext(clauseBefore(text, start));
    const known = partners.get(partner.id);
    if (known === undefined) partners.set(partner.id, { partner, role, written });
    else if (PRIORITY[role] > PRIORITY[known.role]) partners.set(partner.id, { ...known, role });
  };
  for (const match of partnerNameIndex().scan(text, tokens)) record(match.value, match.start, match.end, match.text);
  for (const token of tokens) {
    if (token.text.length < 2 || token.text !== token.text.toUpperCase()) continue;
    const partner = findPartnerByAcronym(token.text);
    if (partner !== undefined) record(partner, token.start, token.end, token.text);
  }
  masked.sort((a, b) => a.start - b.start);
  let cursor = 0;
  const free: Token[] = tokens.filter((token) => {
    while (cursor < masked.length && (masked[cursor]?.end ?? 0) <= token.start) cursor += 1;
    const span = masked[cursor];
    return span === undefined || token.end <= span.start || token.start >= span.end;
  });
  const countries = new Map<CountryCode, CountryMention>();
  for (const match of countryIndex().scan(text, free)) {
    const before = text.slice(Math.max(0, match.start - 80), match.start);
    const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    const mission = MISSION_BEFORE.exec(clause);
    const known = countries.get(match.value);
    if (known === undefined) {
      countries.set(match.value, {
        country: match.value,
        written: match.text,
        ...(mission === null ? {} : { mission: `${mission[0].trim()} ${match.text}`.trim() }),
      });
    } else if (known.mission === undefined && mission !== null) {
      countries.set(match.value, { ...known, mission: `${mission[0].trim()} ${match.text}`.trim() });
    }
  }
  return { partners: [...partners.values()], countries: [...countries.values()] };
}
