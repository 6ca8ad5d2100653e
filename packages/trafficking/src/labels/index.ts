import { defineLabels } from '@iom/core';
import * as codes from '../codes.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** Label catalogs of every code list, in English (HTCDS's own labels), French and Spanish. */
export const traffickingLabels = {
  gender: defineLabels(codes.GENDERS, { en: en.gender, fr: fr.gender, es: es.gender }),
  maritalStatus: defineLabels(codes.MARITAL_STATUSES, {
    en: en.maritalStatus,
    fr: fr.maritalStatus,
    es: es.maritalStatus,
  }),
  educationLevel: defineLabels(codes.EDUCATION_LEVELS, {
    en: en.educationLevel,
    fr: fr.educationLevel,
    es: es.educationLevel,
  }),
  traffickingStatus: defineLabels(codes.TRAFFICKING_STATUSES, {
    en: en.traffickingStatus,
    fr: fr.traffickingStatus,
    es: es.traffickingStatus,
  }),
  decisionMakingOrg: defineLabels(codes.DECISION_MAKING_ORGS, {
    en: en.decisionMakingOrg,
    fr: fr.decisionMakingOrg,
    es: es.decisionMakingOrg,
  }),
  relationshipToTrafficker: defineLabels(codes.RELATIONSHIPS_TO_TRAFFICKER, {
    en: en.relationshipToTrafficker,
    fr: fr.relationshipToTrafficker,
    es: es.relationshipToTrafficker,
  }),
  platform: defineLabels(codes.PLATFORMS, { en: en.platform, fr: fr.platform, es: es.platform }),
  recruitmentMethod: defineLabels(codes.RECRUITMENT_METHODS, {
    en: en.recruitmentMethod,
    fr: fr.recruitmentMethod,
    es: es.recruitmentMethod,
  }),
  controlMethod: defineLabels(codes.CONTROL_METHODS, {
    en: en.controlMethod,
    fr: fr.controlMethod,
    es: es.controlMethod,
  }),
  controlMethodGroup: defineLabels(codes.CONTROL_METHOD_GROUPS, {
    en: en.controlMethodGroup,
    fr: fr.controlMethodGroup,
    es: es.controlMethodGroup,
  }),
  exploitationType: defineLabels(codes.EXPLOITATION_TYPES, {
    en: en.exploitationType,
    fr: fr.exploitationType,
    es: es.exploitationType,
  }),
  industry: defineLabels(codes.INDUSTRIES, { en: en.industry, fr: fr.industry, es: es.industry }),
  sexExploitationType: defineLabels(codes.SEX_EXPLOITATION_TYPES, {
    en: en.sexExploitationType,
    fr: fr.sexExploitationType,
    es: es.sexExploitationType,
  }),
  labourActivity: defineLabels(codes.LABOUR_ACTIVITIES, {
    en: en.labourActivity,
    fr: fr.labourActivity,
    es: es.labourActivity,
  }),
  recruiterRelation: defineLabels(codes.RECRUITER_RELATIONS, {
    en: en.recruiterRelation,
    fr: fr.recruiterRelation,
    es: es.recruiterRelation,
  }),
  perpetratorRole: defineLabels(codes.PERPETRATOR_ROLES, {
    en: en.perpetratorRole,
    fr: fr.perpetratorRole,
    es: es.perpetratorRole,
  }),
  caseStatus: defineLabels(codes.CASE_STATUSES, { en: en.caseStatus, fr: fr.caseStatus, es: es.caseStatus }),
  referralReason: defineLabels(codes.REFERRAL_REASONS, {
    en: en.referralReason,
    fr: fr.referralReason,
    es: es.referralReason,
  }),
  referralDirection: defineLabels(codes.REFERRAL_DIRECTIONS, {
    en: en.referralDirection,
    fr: fr.referralDirection,
    es: es.referralDirection,
  }),
  supportPlanType: defineLabels(codes.SUPPORT_PLAN_TYPES, {
    en: en.supportPlanType,
    fr: fr.supportPlanType,
    es: es.supportPlanType,
  }),
  dataSource: defineLabels(codes.DATA_SOURCES, { en: en.dataSource, fr: fr.dataSource, es: es.dataSource }),
  majority: defineLabels(codes.MAJORITIES, { en: en.majority, fr: fr.majority, es: es.majority }),
  ageBand: defineLabels(codes.AGE_BANDS, { en: en.ageBand, fr: fr.ageBand, es: es.ageBand }),
  durationBand: defineLabels(codes.DURATION_BANDS, { en: en.durationBand, fr: fr.durationBand, es: es.durationBand }),
  answer: defineLabels(codes.ANSWERS, { en: en.answer, fr: fr.answer, es: es.answer }),
} as const;
