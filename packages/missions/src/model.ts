import { ContactPoint } from '@iom/contact';
import { CountryCode, kindField, LocalizedText, SubdivisionCode } from '@iom/core';
import { GrammaticalGender, InterimKind, LocalId, PartialDate, Sources, Validity } from '@iom/organization';
import { z } from 'zod';

/** The kinds of office a mission has: its main office (the country office) and its sub-offices. */
export const MissionOfficeKind = z.enum(['country_office', 'sub_office']);
/** The kind of a mission's office. */
export type MissionOfficeKind = z.infer<typeof MissionOfficeKind>;

/** An office of a country mission: the main office or a sub-office, in a city, over a period. */
export const MissionOffice = Validity.extend({
  /** A stable id: `CO_EC`, `SO_EC_GYE`. */
  id: LocalId,
  /** Main office (`country_office`) or `sub_office`. */
  kind: MissionOfficeKind,
  /** The city, in one or more languages. */
  city: LocalizedText,
  /** The ISO 3166-2 subdivision of the city, when known (`EC-P`). */
  subdivision: SubdivisionCode.optional(),
  /** The office's name, when it has its own. */
  name: LocalizedText.optional(),
  /** The id of the matching unit in an `@iom/organization` structure. */
  unitId: LocalId.optional(),
  /** How to reach the office. */
  contactPoints: z.array(ContactPoint).optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/** An office of a country mission. */
export type MissionOffice = z.infer<typeof MissionOffice>;

/** The roles of the head of a mission. */
export const MissionHeadRole = z.enum(['chief_of_mission', 'officer_in_charge']);
/** The role of the head of a mission. */
export type MissionHeadRole = z.infer<typeof MissionHeadRole>;

/**
 * Who headed the mission from `validFrom` (required: a term without a known first day belongs in
 * `mentions`) to `validUntil`.
 */
export const ChiefOfMissionTerm = Validity.extend({
  /** The first day of the term. */
  validFrom: z.iso.date(),
  /** The name as the public source writes it. */
  name: z.string().trim().min(1).max(300),
  /** Chief of Mission, or Officer in Charge. */
  role: MissionHeadRole.default('chief_of_mission'),
  /** `acting` or `ad_interim` when so held. */
  interim: InterimKind.optional(),
  /** The form of the title in French and Spanish, as the source states it. */
  grammaticalGender: GrammaticalGender.optional(),
  /** Where the facts come from: at least one source. */
  sources: Sources.min(1),
});
/** Who headed the mission over a period. */
export type ChiefOfMissionTerm = z.infer<typeof ChiefOfMissionTerm>;

/**
 * A public source naming someone as head of the mission at a time, without the dates of the term:
 * "Alejandro Guidi, chef de mission de l'OIM en Equateur". Never used to answer "who was chief on
 * this date".
 */
export const ChiefOfMissionMention = z.object({
  /** The name as the source writes it. */
  name: z.string().trim().min(1).max(300),
  /** The role the source gives. */
  role: MissionHeadRole.default('chief_of_mission'),
  /** `acting` or `ad_interim` when the source says so. */
  interim: InterimKind.optional(),
  /** The form of the title, when the source states it (a Spanish `Jefe`/`Jefa`). */
  grammaticalGender: GrammaticalGender.optional(),
  /** When the source says it, as far as known (`2016-07-15`, `2014-09`, `2009`). */
  attestedOn: PartialDate.optional(),
  /** The sources: at least one. */
  sources: Sources.min(1),
});
/** A source naming someone as head of the mission, without the term's dates. */
export type ChiefOfMissionMention = z.infer<typeof ChiefOfMissionMention>;

/** The payload kind id of a country mission. */
export const COUNTRY_MISSION_KIND = 'iom.country-mission';

/**
 * IOM's mission in a country: its main office and sub-offices with their cities, the chiefs of
 * mission by date, contact points and the year established. Payload kind `iom.country-mission@1`.
 * The mission exists from `validFrom`, or else from 1 January of `yearEstablished`, until
 * `validUntil`.
 */
export const CountryMission = Validity.extend({
  /** `iom.country-mission@1`, optional. */
  $kind: kindField(COUNTRY_MISSION_KIND, 1).optional(),
  /** A stable id: `MISSION_EC`. */
  id: LocalId,
  /** The country (ISO 3166-1 alpha-2). */
  country: CountryCode,
  /** The mission's name: IOM Ecuador, OIM Équateur, OIM Ecuador. */
  name: LocalizedText,
  /** The year IOM established its presence in the country. */
  yearEstablished: z.number().int().min(1951).max(9999).optional(),
  /** The id of the country office in an `@iom/organization` structure (`CO_EC`). */
  unitId: LocalId.optional(),
  /** The main office. */
  mainOffice: MissionOffice,
  /** The sub-offices, each with its dates. */
  subOffices: z.array(MissionOffice).default([]),
  /** The chiefs of mission (and officers in charge) with the dates of their terms. */
  chiefsOfMission: z.array(ChiefOfMissionTerm).default([]),
  /** Sources naming a head of mission without the dates of the term. */
  mentions: z.array(ChiefOfMissionMention).default([]),
  /** How to reach the mission (`ContactPoint` from `@iom/contact`). */
  contactPoints: z.array(ContactPoint).default([]),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/** IOM's mission in a country (parsed: every list present). */
export type CountryMission = z.infer<typeof CountryMission>;
/** IOM's mission in a country, as written (empty lists may be left out). */
export type CountryMissionInput = z.input<typeof CountryMission>;
