import { type CountryCode, definePayloadKind, issueCheck } from '@iom/core';
import type * as z from 'zod';
import type { CaseStatus, DataSource } from './codes.js';
import type {
  Assistance,
  Consent,
  Control,
  Exploitation,
  Movement,
  Perpetrator,
  Person,
  Recruitment,
  VictimContext,
} from './model.js';
import type { PartialDate } from './partial-date.js';
import { checkCaseRules } from './rules.js';
import { TRAFFICKING_CASE_KIND, TraffickingCaseShape } from './schema.js';

/**
 * A victim-centred trafficking case record: the case, the victim (person and victim context),
 * exploitation, recruitment, means of control, movement, assistance and referrals, perpetrators and
 * consent. Codes are HTCDS 2.0 value names, plus the concepts only CTDC has. Checklists answer `yes`,
 * `no`, `unknown` or `notCollected`; ages and dates are stored as given.
 *
 * Besides each field's own checks, the cross-field rules of {@link checkCaseRules} apply.
 */
export const TraffickingCase: z.ZodType<TraffickingCase, TraffickingCase> = TraffickingCaseShape.check(
  issueCheck(checkCaseRules),
);
/**
 * A victim-centred trafficking case record. An explicit object type, so that apps using it never
 * instantiate zod's types (`model.test-d.ts` holds it equal to what {@link TraffickingCaseShape} infers).
 */
export type TraffickingCase = {
  /** `iom.trafficking-case@1`, optional. */
  $kind?: 'iom.trafficking-case@1' | undefined;
  /** The case id in the case management system. */
  id?: string | undefined;
  /** CTDC: the kind of source (case management or hotline). */
  dataSource?: DataSource | undefined;
  /** When the victim was registered, identified or assisted, as given. */
  registrationDate?: PartialDate | undefined;
  /** The country where the person was identified or assisted (CTDC's proxy for country of exploitation). */
  identificationCountry?: CountryCode | undefined;
  /** Case status (`cas_Status`). */
  status?: CaseStatus | undefined;
  /** Reason for closing the case, free text (`cas_ReasonForCaseClosure`). */
  closureReason?: string | undefined;
  /** The case worker who owns the case (`cas_CaseOwner`). */
  owner?: string | undefined;
  /** The victim. */
  person?: Person | undefined;
  /** The victim context. */
  victim?: VictimContext | undefined;
  /** Exploitation. */
  exploitation?: Exploitation | undefined;
  /** Recruitment. */
  recruitment?: Recruitment | undefined;
  /** Means of control. */
  control?: Control | undefined;
  /** Movement. */
  movement?: Movement | undefined;
  /** Assistance and referrals. */
  assistance?: Assistance | undefined;
  /** Perpetrators. */
  perpetrators?: Perpetrator[] | undefined;
  /** Consent. */
  consent?: Consent | undefined;
  /** Fields (see the classification table) the source never collects: distinct from an unknown answer. */
  notCollected?: string[] | undefined;
};

/** The payload kind `iom.trafficking-case` version 1. */
export const traffickingCaseKind = definePayloadKind({
  id: TRAFFICKING_CASE_KIND,
  version: 1,
  title: {
    en: 'Trafficking case record (HTCDS 2.0 aligned)',
    fr: 'Dossier de cas de traite (aligné sur HTCDS 2.0)',
    es: 'Expediente de caso de trata (alineado con HTCDS 2.0)',
  },
  schema: TraffickingCase,
});
