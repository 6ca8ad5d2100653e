import { foldText } from '@iom/core';

/**
 * The HTCDS 2.0 columns `toHtcds` writes: first the official Excel template's columns B to AM, in its
 * order (with the template's two header defects fixed: `vic_TraffickingStatusDecisionMakingOrg` spelled
 * right and `cas_ReasonForOutgoingReferral` named), then the other HTCDS 2.0 fields a case row can hold,
 * the four HTCDS 1.0 consent questions, and `x_` extension columns for what HTCDS has no field for.
 */
export const HTCDS_COLUMNS = [
  'cas_CaseOwner',
  'prs_Salutation',
  'prs_FirstName',
  'prs_SecondName',
  'con_Consent',
  'prs_Birthdate',
  'prs_Gender',
  'prs_Citizenship',
  'prs_Title',
  'prs_Email',
  'prs_HomePhone',
  'prs_MobilePhone',
  'prs_MailingCity',
  'prs_MailingCountry',
  'prs_MailingState',
  'prs_MailingStreet',
  'prs_MailingPostalCode',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'vic_MethodOfRecruitment',
  'vic_LocationOfRecruitment',
  'vic_MethodsOfControl',
  'vic_TypeOfExploitation',
  'vic_ForcedLabourIndustry',
  'vic_TypeOfSexExploitation',
  'vic_LocationOfExploitation',
  'cas_Status',
  'cas_ReferringOrganisation',
  'cas_IncomingReferralDate',
  'cas_ReferringPrimaryCaseWorker',
  'cas_ReasonForIncomingReferral',
  'cas_IncomingReferralDetails',
  'cas_ReferredOrganisation',
  'cas_ReferredPrimaryCaseWorker',
  'cas_ReasonForOutgoingReferral',
  'cas_OutgoingReferralDate',
  'cas_OutgoingReferralDetails',
  'cas_ReasonForCaseClosure',
  'prs_MiddleName',
  'prs_Deceased',
  'prs_MaritalStatus',
  'prs_NumberOfChildren',
  'prs_PrimaryLanguage',
  'prs_SecondaryLanguage',
  'prs_HighestLevelOfEducation',
  'prs_IdentityNumber',
  'vic_RelationshipToTrafficker',
  'vic_AgeWhenTrafficked',
  'vic_RecruitmentWebsitesAndApps',
  'vic_ExploitationWebsitesAndApps',
  'hte_Type',
  'hte_Country',
  'con_PurposeOfInterview',
  'con_UseOfData',
  'con_DataForResearch',
  'con_RightToBeForgotten',
  'x_CaseId',
  'x_PersonId',
  'x_RegistrationDate',
  'x_DataSource',
  'x_IdentificationCountry',
  'x_MethodsOfControlExtended',
  'x_ForcedLabourIsicDivision',
  'x_LabourActivities',
  'x_RecruiterRelations',
  'x_IsAbduction',
  'x_AgeAtExploitationStart',
  'x_TraffickingDurationMonths',
  'x_ExploitationCountries',
  'x_OriginCountry',
  'x_OriginSubdivision',
] as const;
/** A column `toHtcds` writes. */
export type HtcdsColumn = (typeof HTCDS_COLUMNS)[number];

/**
 * Header spellings met in the official toolkit and older versions, mapped to the 2.0 field:
 * the Excel template's `vic_TraffickinStatusDecisionMakingOrg`, the XLSForm's `prs_First_Name`,
 * `prs_Second_Name` and `vic_Methods_of_Control`, and v0.2's `prs_Nationality`.
 * Headers are also matched ignoring case, spaces and punctuation, and by their HTCDS label.
 */
export const HTCDS_HEADER_ALIASES: Readonly<Record<string, HtcdsColumn>> = {
  vic_TraffickinStatusDecisionMakingOrg: 'vic_TraffickingStatusDecisionMakingOrg',
  prs_First_Name: 'prs_FirstName',
  prs_Second_Name: 'prs_SecondName',
  vic_Methods_of_Control: 'vic_MethodsOfControl',
  prs_Nationality: 'prs_Citizenship',
};

/** HTCDS 2.0 field labels (the template's row 2), used to read label headers and to skip a label row. */
export const HTCDS_LABELS: Readonly<Partial<Record<HtcdsColumn, string>>> = {
  cas_CaseOwner: 'Case Owner',
  prs_Salutation: 'Salutation',
  prs_FirstName: 'First Name',
  prs_SecondName: 'Second Name',
  con_Consent: 'Consent',
  prs_Birthdate: 'Birthdate',
  prs_Gender: 'Gender',
  prs_Citizenship: 'Citizenship',
  prs_Title: 'Title',
  prs_Email: 'Email',
  prs_HomePhone: 'Home Phone',
  prs_MobilePhone: 'Mobile Phone',
  prs_MailingCity: 'Mailing City',
  prs_MailingCountry: 'Mailing Country',
  prs_MailingState: 'Mailing State/Province',
  prs_MailingStreet: 'Mailing Street',
  prs_MailingPostalCode: 'Mailing Zip/Postal Code',
  vic_TraffickingStatus: 'Trafficking Status',
  vic_TraffickingStatusDecisionMakingOrg: 'Trafficking Status Decision Making Organization',
  vic_MethodOfRecruitment: 'Method of Recruitment',
  vic_LocationOfRecruitment: 'Location of Recruitment',
  vic_MethodsOfControl: 'Methods of Control',
  vic_TypeOfExploitation: 'Type of Exploitation',
  vic_ForcedLabourIndustry: 'Forced Labour Industry',
  vic_TypeOfSexExploitation: 'Type of Sex Exploitation',
  vic_LocationOfExploitation: 'Location of Exploitation',
  cas_Status: 'Status',
  cas_ReferringOrganisation: 'Referring Organisation',
  cas_IncomingReferralDate: 'Incoming Referral Date',
  cas_ReferringPrimaryCaseWorker: 'Referring Primary Case Worker',
  cas_ReasonForIncomingReferral: 'Reason for Incoming Referral',
  cas_IncomingReferralDetails: 'Incoming Referral Details',
  cas_ReferredOrganisation: 'Referred Organisation',
  cas_ReferredPrimaryCaseWorker: 'Referred Primary Case Worker',
  cas_ReasonForOutgoingReferral: 'Reason for Outgoing Referral',
  cas_OutgoingReferralDate: 'Outgoing Referral Date',
  cas_OutgoingReferralDetails: 'Outgoing Referral Details',
  cas_ReasonForCaseClosure: 'Reason for Case Closure',
  prs_MiddleName: 'Middle Name',
  prs_Deceased: 'Deceased',
  prs_MaritalStatus: 'Marital Status',
  prs_NumberOfChildren: 'Number of Children',
  prs_PrimaryLanguage: 'Primary Language',
  prs_SecondaryLanguage: 'Secondary Language',
  prs_HighestLevelOfEducation: 'Highest Level of Education',
  prs_IdentityNumber: 'Identity Number',
  vic_RelationshipToTrafficker: 'Relationship to Trafficker',
  vic_AgeWhenTrafficked: 'Age when Trafficked',
  vic_RecruitmentWebsitesAndApps: 'Recruitment Websites and Apps',
  vic_ExploitationWebsitesAndApps: 'Exploitation Websites and Apps',
};

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * Letters and digits only, folded (lowercase, without diacritics: {@link foldText}): how headers and values
 * are compared, so that "Femenino", "femenino" and "Femenino " meet, and an unaccented spelling finds an
 * accented label ("Feminin" finds "Féminin").
 */
export function squash(text: string): string {
  return foldText(text).replace(NOT_LETTER_OR_DIGIT, '');
}
