import type { Issue, Locale, Reading } from '@iom/core';
import type { ContactPoint } from './contact-point.js';
import { emailKey } from './email.js';
import { extractEmails } from './email-extract.js';
import { contactIssues } from './messages/index.js';
import { parsePhoneNumbers } from './phone/parse.js';
import type { PhoneNumber } from './phone/schema.js';

/** Options of {@link parseContactBlock}. */
export interface ParseContactBlockOptions {
  /** The language of the text, which is also the language of the titles read and of the issues. */
  readonly locale: Locale;
  /** The country of phone numbers written in national form (see `parsePhoneNumbers`). */
  readonly defaultCountry?: string;
}

// The sentences that open the contact paragraph of a press release, in English, French and Spanish
// (with the apostrophe that scraping often loses: "d informations").
const TRIGGER = new RegExp(
  [
    'for (?:more|further|additional) information,? (?:please )?(?:contact|call|write to|reach)',
    String.raw`(?:media|press) contacts?\s*:`,
    "pour (?:plus d['’ ]?informations?|de plus amples informations|tout renseignement|toute information),? (?:(?:veuillez|merci de|prière de) )?(?:contacter|vous adresser à|s['’ ]?adresser à|joindre)",
    String.raw`contacts? (?:presse|médias?)\s*:`,
    'para (?:más|mayor|obtener más|ampliar la) información,? (?:por favor,? )?(?:contact(?:e|ar|en)(?: a| con)?|comuníquese con|dirigirse a|escriba a)',
    String.raw`contactos? (?:de prensa|para (?:los )?medios)\s*:`,
  ].join('|'),
  'iu',
);

const END_OF_BLOCK = /^(?:#{3}|-\s*30\s*-|\*{3})\s*$/;
const EMAIL_LABEL = /^(?:e-?mail|courriel|m[ée]l|correo(?: electr[óo]nico)?|mail)\s*:?$/iu;
const PHONE_LABEL_ONLY =
  /^(?:t[ée]l[ée]?f?(?:ono|[ée]phone)?|telf|phone|fax|cel(?:ular)?|mobile|m[óo]vil|portable)\.?\s*:?$/iu;
const FIELD_START = String.raw`(?:t[ée]l|telf|tel[ée]fono|phone|fax|cel|celular|mobile|m[óo]vil|portable|e-?mail|courriel|correo|whatsapp)\b`;
// `(?<!\s)`: a run of spaces is tried once, from its start; without it each space of the run started a new
// attempt that scanned the rest of the run, quadratic in its length (100,000 spaces took minutes).
const SPLIT_FIELDS = new RegExp(String.raw`[•|;]|,\s*(?=${FIELD_START})|(?<!\s)\s+(?=${FIELD_START}\.?\s*[:：])`, 'iu');
const OFFICE_WORDS =
  /\b(?:IOM|OIM|UN|ONU|Organi[sz]ation|Organización|Office|Bureau|Oficina|Mission|Misión|Division|División|Unit|Unidad|Département|Department|Departamento|Ministry|Ministère|Ministerio|Headquarters|Siège|Sede)\b/u;
const TITLE_WORDS =
  /\b(?:Officer|Offic(?:ial)?|Chargée?|Responsable|Spokes(?:person|woman|man)|Porte-parole|Portavoz|Coordinat(?:or|eur|rice)|Coordinador[a]?|Head|Chef|Jef[ea]|Direct(?:or|eur|rice)|Directora|Assistant[e]?|Asistente|Oficial|Specialist|Spécialiste|Especialista|Manager|Gestionnaire|Communications?|Comunicaci[óo]n|Press|Presse|Prensa|Media|Médias|Medios|Public Information|Información Pública)\b/iu;
const AT_OFFICE =
  /^(.+?)\s+(?:at|à|au|en|de|of)\s+((?:the |la |el |l['’])?(?:IOM|OIM|International Organi[sz]ation|Organisation|Organización)\b.*)$/u;

interface Draft {
  name?: string;
  titles: string[];
  office?: string;
  phones: PhoneNumber[];
  emails: string[];
  /** Lower-case keys of `emails`, for de-duplication in constant time. */
  emailKeys: Set<string>;
  /** Issues of this contact, made once its index is known. */
  issues: Array<(index: number) => Issue>;
}

function isReachable(draft: Draft): boolean {
  return draft.phones.length + draft.emails.length > 0;
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s,.:;–—-]+/u, '').replace(/[\s,:;–—-]+$/u, '');
}

/**
 * Reads the media-contact paragraph of a press release ("For more information, please contact…",
 * "Pour plus d'informations, veuillez contacter…", "Para más información, contacte a…") into contact
 * points: each person's name, title, office, phone numbers and email addresses.
 *
 * What it reads: one field per line (the usual layout) or several on a line separated by commas,
 * "•", "|" or ";"; "Name at IOM Office"; an "E-mail :" label on one line and the address on the next;
 * phones as `parsePhoneNumbers` reads them (with `defaultCountry`), emails as `extractEmails` does.
 * Every contact gets `role: 'media'`. A new contact starts at the first name-like line after a
 * contact that already has a phone or an email.
 *
 * Issues (paths from the array of contacts): `contact_block_not_found` when no opening sentence is
 * found (the whole text is read), every phone note (`phone_too_short`, `phone_plus_added`,
 * `phone_legacy_subscriber`…) at `[i, 'phones', j]`, `contact_name_missing`, `contact_unreachable`,
 * `contact_email_missing_after_label`, `contact_text_unread`. Never throws; linear in the length of the text.
 *
 * @example
 * parseContactBlock('Pour plus d\'informations, veuillez contacter:\nNadia Zelisko\nOIM Equateur\nTél. : +593 2 244 4928\nE-mail : nzelisko@iom.org.ec', { locale: 'fr' });
 * // { value: [{ name: { full: 'Nadia Zelisko' }, office: 'OIM Equateur', role: 'media',
 * //   phones: [{ e164: '+59322444928', type: 'fixed' }], emails: ['nzelisko@iom.org.ec'] }], issues: [] }
 */
export function parseContactBlock(text: string, options: ParseContactBlockOptions): Reading<ContactPoint[]> {
  const locale = options.locale;
  const issues: Issue[] = [];
  if (typeof text !== 'string') return { value: [], issues };
  const trigger = TRIGGER.exec(text);
  let block = text;
  if (trigger === null) issues.push(contactIssues.issue('contact_block_not_found', locale));
  else block = text.slice(trigger.index + trigger[0].length);

  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let emailLabelPending = false;
  const start = (): Draft => {
    const draft: Draft = { titles: [], phones: [], emails: [], emailKeys: new Set(), issues: [] };
    drafts.push(draft);
    current = draft;
    return draft;
  };
  const ensure = (): Draft => current ?? start();

  const readText = (piece: string): void => {
    let draft = current;
    if (draft === undefined || isReachable(draft)) draft = start();
    const atOffice = AT_OFFICE.exec(piece);
    if (atOffice !== null && draft.name === undefined && !TITLE_WORDS.test(atOffice[1] ?? '')) {
      draft.name = trimPunctuation(atOffice[1] ?? '');
      draft.office = trimPunctuation(atOffice[2] ?? '');
      return;
    }
    if (OFFICE_WORDS.test(piece) && draft.office === undefined) draft.office = piece;
    else if (TITLE_WORDS.test(piece)) draft.titles.push(piece);
    else if (draft.name === undefined && draft.office === undefined && draft.titles.length === 0 && isNameLike(piece)) {
      draft.name = piece;
    } else if (draft.office === undefined) draft.office = piece;
    else {
      const target = draft;
      target.issues.push((index) => contactIssues.issue('contact_text_unread', locale, { path: [index] }));
    }
  };

  const lines = block.split(/\r?\n|\r/);
  for (const line of lines) {
    if (END_OF_BLOCK.test(line)) break;
    for (const field of line.split(SPLIT_FIELDS)) {
      const piece = trimPunctuation(field ?? '');
      if (piece === '') continue;
      const emails = extractEmails(piece);
      if (emails.length > 0) {
        const draft = ensure();
        for (const email of emails) {
          if (draft.emailKeys.has(emailKey(email))) continue;
          draft.emailKeys.add(emailKey(email));
          draft.emails.push(email);
        }
        emailLabelPending = false;
        continue;
      }
      if (emailLabelPending) {
        const draft = ensure();
        draft.issues.push((index) =>
          contactIssues.issue('contact_email_missing_after_label', locale, { path: [index, 'emails'] }),
        );
        emailLabelPending = false;
      }
      if (EMAIL_LABEL.test(piece)) {
        emailLabelPending = true;
        continue;
      }
      const { value: phones, issues: phoneNotes } = parsePhoneNumbers(piece, {
        locale,
        ...(options.defaultCountry === undefined ? {} : { defaultCountry: options.defaultCountry }),
      });
      if (phones.length > 0) {
        const draft = ensure();
        // The notes of each number, grouped once: a piece may hold thousands of numbers.
        const notesOf = new Map<number, (typeof phoneNotes)[number][]>();
        for (const note of phoneNotes) {
          const list = notesOf.get(note.path[0]);
          if (list === undefined) notesOf.set(note.path[0], [note]);
          else list.push(note);
        }
        phones.forEach((phone, number) => {
          const position = draft.phones.length;
          if (phone.e164 !== undefined) {
            draft.phones.push({
              e164: phone.e164,
              ...(phone.extension === undefined ? {} : { extension: phone.extension }),
              ...(phone.type === undefined ? {} : { type: phone.type }),
            });
          }
          for (const note of notesOf.get(number) ?? []) {
            const path = phone.e164 === undefined ? ['phones'] : ['phones', position];
            draft.issues.push((index) => ({ path: [index, ...path], code: note.code, message: note.message }));
          }
        });
        continue;
      }
      if (PHONE_LABEL_ONLY.test(piece) || !/\p{L}/u.test(piece)) {
        const draft = ensure();
        draft.issues.push((index) => contactIssues.issue('contact_text_unread', locale, { path: [index] }));
        continue;
      }
      // Text: a name, a title or an office; "Name, Title, Office" on one line is split at its commas.
      for (const part of piece.split(',')) {
        const cleaned = trimPunctuation(part);
        if (cleaned !== '') readText(cleaned);
      }
    }
  }
  if (emailLabelPending && current !== undefined) {
    const draft = current;
    draft.issues.push((index) =>
      contactIssues.issue('contact_email_missing_after_label', locale, { path: [index, 'emails'] }),
    );
  }

  const value: ContactPoint[] = drafts.map((draft) => ({
    ...(draft.name === undefined ? {} : { name: { full: draft.name } }),
    ...(draft.titles.length === 0 ? {} : { title: { [locale]: draft.titles.join(', ') } }),
    role: 'media' as const,
    ...(draft.office === undefined ? {} : { office: draft.office }),
    ...(draft.phones.length === 0 ? {} : { phones: draft.phones }),
    ...(draft.emails.length === 0 ? {} : { emails: draft.emails }),
  }));
  drafts.forEach((draft, index) => {
    for (const issue of draft.issues) issues.push(issue(index));
    if (draft.name === undefined)
      issues.push(contactIssues.issue('contact_name_missing', locale, { path: [index, 'name'] }));
    if (!isReachable(draft)) issues.push(contactIssues.issue('contact_unreachable', locale, { path: [index] }));
  });
  return { value, issues };
}

/** A line that can be a person's name: two to six words, letters only (with dots, hyphens, apostrophes). */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= 1 && words.length <= 6 && words.every((word) => /^[\p{L}][\p{L}.'’-]*$/u.test(word));
}
