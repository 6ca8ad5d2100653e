import { defineLabels } from '@iom/core';
import {
  AGE_BANDS,
  ANSWERS,
  CASE_STATUSES,
  CONTROL_METHOD_GROUPS,
  CONTROL_METHODS,
  DATA_SOURCES,
  DECISION_MAKING_ORGS,
  DURATION_BANDS,
  EDUCATION_LEVELS,
  EXPLOITATION_TYPES,
  GENDERS,
  INDUSTRIES,
  LABOUR_ACTIVITIES,
  MAJORITIES,
  MARITAL_STATUSES,
  PERPETRATOR_ROLES,
  PLATFORMS,
  RECRUITER_RELATIONS,
  RECRUITMENT_METHODS,
  REFERRAL_DIRECTIONS,
  REFERRAL_REASONS,
  RELATIONSHIPS_TO_TRAFFICKER,
  SEX_EXPLOITATION_TYPES,
  SUPPORT_PLAN_TYPES,
  TRAFFICKING_STATUSES,
} from '../codes.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** Label catalogs of every code list, in English (HTCDS's own labels), French and Spanish. */
export const traffickingLabels = {
  gender: defineLabels(GENDERS, { en: en.gender, fr: fr.gender, es: es.gender }),
  maritalStatus: defineLabels(MARITAL_STATUSES, { en: en.maritalStatus, fr: fr.maritalStatus, es: es.maritalStatus }),
  educationLevel: defineLabels(EDUCATION_LEVELS, {
    en: en.educationLevel,
    fr: fr.educationLevel,
    es: es.educationLevel,
  }),
  traffickingStatus: defineLabels(TRAFFICKING_STATUSES, {
    en: en.traffickingStatus,
    fr: fr.traffickingStatus,
    es: es.traffickingStatus,
  }),
  decisionMakingOrg: defineLabels(DECISION_MAKING_ORGS, {
    en: en.decisionMakingOrg,
    fr: fr.decisionMakingOrg,
    es: es.decisionMakingOrg,
  }),
  relationshipToTrafficker: defineLabels(RELATIONSHIPS_TO_TRAFFICKER, {
    en: en.relationshipToTrafficker,
    fr: fr.relationshipToTrafficker,
    es: es.relationshipToTrafficker,
  }),
  platform: defineLabels(PLATFORMS, { en: en.platform, fr: fr.platform, es: es.platform }),
  recruitmentMethod: defineLabels(RECRUITMENT_METHODS, {
    en: en.recruitmentMethod,
    fr: fr.recruitmentMethod,
    es: es.recruitmentMethod,
  }),
  controlMethod: defineLabels(CONTROL_METHODS, { en: en.controlMethod, fr: fr.controlMethod, es: es.controlMethod }),
  controlMethodGroup: defineLabels(CONTROL_METHOD_GROUPS, {
    en: en.controlMethodGroup,
    fr: fr.controlMethodGroup,
    es: es.controlMethodGroup,
  }),
  exploitationType: defineLabels(EXPLOITATION_TYPES, {
    en: en.exploitationType,
    fr: fr.exploitationType,
    es: es.exploitationType,
  }),
  industry: defineLabels(INDUSTRIES, { en: en.industry, fr: fr.industry, es: es.industry }),
  sexExploitationType: defineLabels(SEX_EXPLOITATION_TYPES, {
    en: en.sexExploitationType,
    fr: fr.sexExploitationType,
    es: es.sexExploitationType,
  }),
  labourActivity: defineLabels(LABOUR_ACTIVITIES, {
    en: en.labourActivity,
    fr: fr.labourActivity,
    es: es.labourActivity,
  }),
  recruiterRelation: defineLabels(RECRUITER_RELATIONS, {
    en: en.recruiterRelation,
    fr: fr.recruiterRelation,
    es: es.recruiterRelation,
  }),
  perpetratorRole: defineLabels(PERPETRATOR_ROLES, {
    en: en.perpetratorRole,
    fr: fr.perpetratorRole,
    es: es.perpetratorRole,
  }),
  caseStatus: defineLabels(CASE_STATUSES, { en: en.caseStatus, fr: fr.caseStatus, es: es.caseStatus }),
  referralReason: defineLabels(REFERRAL_REASONS, {
    en: en.referralReason,
    fr: fr.referralReason,
    es: es.referralReason,
  }),
  referralDirection: defineLabels(REFERRAL_DIRECTIONS, {
    en: en.referralDirection,
    fr: fr.referralDirection,
    es: es.referralDirection,
  }),
  supportPlanType: defineLabels(SUPPORT_PLAN_TYPES, {
    en: en.supportPlanType,
    fr: fr.supportPlanType,
    es: es.supportPlanType,
  }),
  dataSource: defineLabels(DATA_SOURCES, { en: en.dataSource, fr: fr.dataSource, es: es.dataSource }),
  majority: defineLabels(MAJORITIES, { en: en.majority, fr: fr.majority, es: es.majority }),
  ageBand: defineLabels(AGE_BANDS, { en: en.ageBand, fr: fr.ageBand, es: es.ageBand }),
  durationBand: defineLabels(DURATION_BANDS, { en: en.durationBand, fr: fr.durationBand, es: es.durationBand }),
  answer: defineLabels(ANSWERS, { en: en.answer, fr: fr.answer, es: es.answer }),
} as const;
