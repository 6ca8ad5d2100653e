import { foldText, shortenForMessage } from '@iom/core';
import type { PartnerRole, ReleasePartner } from '../../model.js';
import { findPartnerByAcronym, getPartner, PARTNERS, type PartnerOrganization } from '../../partners.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

// IOM publishes the release: naming itself among the organisations makes it no partner.
const IOM_NAMES =
  /^(?:IOM|OIM|International Organization for Migration|Organisation internationale pour les migrations|Organización Internacional para las Migraciones)\b/iu;

/**
 * The registry partner an organisation entry names: by its literal (a partner id or acronym, as `toNinjs`
 * writes it), by an acronym in its name (`Organización Internacional del Trabajo (OIT)`, or `UNHCR`
 * alone), else by its full name in any of the three languages.
 */
function registryPartner(organisation: NinjsObject): PartnerOrganization | undefined {
  const literal = trimmedString(organisation, 'literal');
  if (literal !== undefined) {
    const found = getPartner(literal) ?? findPartnerByAcronym(literal);
    if (found !== undefined) return found;
  }
  const name = trimmedString(organisation, 'name');
  if (name === undefined) return undefined;
  const acronym = /\(([A-Z]{2,8})\)\s*$/u.exec(name)?.[1] ?? (/^[A-Z]{2,8}$/u.test(name) ? name : undefined);
  if (acronym !== undefined) {
    const found = findPartnerByAcronym(acronym);
    if (found !== undefined) return found;
  }
  const folded = foldText(name.replace(/\s*\([^)]*\)\s*$/u, ''));
  return (PARTNERS as readonly PartnerOrganization[]).find((partner) =>
    Object.values(partner.name).some((candidate) => foldText(candidate) === folded),
  );
}

/**
 * A partner role from an organisation's `rel`, in English, French or Spanish; IPTC's `mentions` and `about`
 * say participant.
 */
function partnerRole(rel: string | undefined): PartnerRole | undefined {
  if (rel === undefined) return undefined;
  const folded = foldText(rel);
  if (/^(?:organi[sz]er|organizador|organisateur|host|co-?organi[sz]er)$/u.test(folded)) return 'organiser';
  if (/^(?:funder|donor|sponsor|financiador|bailleur|donateur)$/u.test(folded)) return 'funder';
  if (/^(?:participant|participante|partner|mentions?|about)$/u.test(folded)) return 'participant';
  return undefined;
}

/**
 * `organisations` → missions (entries with `rel` `iomMission`, as `toNinjs` writes them) and partners from
 * the registry with their role; IOM itself is skipped, an unknown organisation is reported, and a partner
 * without a readable role is read as participant, which is reported too.
 */
export function readOrganisations(document: NinjsObject, note: Note): Pick<DraftFields, 'partners' | 'missions'> {
  const partners: ReleasePartner[] = [];
  const missions: string[] = [];
  objectList(document, 'organisations').forEach((organisation, index) => {
    const rel = trimmedString(organisation, 'rel');
    const name = trimmedString(organisation, 'name') ?? trimmedString(organisation, 'literal') ?? '?';
    if (rel === 'iomMission') {
      const id = trimmedString(organisation, 'literal') ?? trimmedString(organisation, 'name');
      if (id !== undefined && !missions.includes(id)) missions.push(id);
      return;
    }
    if (IOM_NAMES.test(name)) return;
    const partner = registryPartner(organisation);
    if (partner === undefined) {
      note('ninjs_partner_unknown', ['organisations', index], { name: shortenForMessage(name, 60) });
      return;
    }
    let role = partnerRole(rel);
    if (role === undefined) {
      role = 'participant';
      note('ninjs_partner_role_missing', ['organisations', index], { partner: partner.id });
    }
    if (!partners.some((known) => known.id === partner.id && known.role === role))
      partners.push({ id: partner.id, role });
  });
  return { ...(partners.length > 0 ? { partners } : {}), ...(missions.length > 0 ? { missions } : {}) };
}
