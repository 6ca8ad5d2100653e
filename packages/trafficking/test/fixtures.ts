import type { TraffickingCase, TraffickingCaseV1 } from '../src/index.js';

// Obviously synthetic values only: no realistic victim data in tests or docs.

/** A full synthetic case with every direct identifier filled with a recognisable marker. */
export const fullCase: TraffickingCase = {
  $kind: 'iom.trafficking-case@2',
  id: 'CASE-SYNTH-0001',
  dataSource: 'CaseManagement',
  registrationDate: '2021-06-15',
  identificationCountry: 'CO',
  status: 'Active',
  closureReason: 'SYNTH-closure-reason-text',
  owner: 'SYNTH-case-owner',
  person: {
    id: 'PERSON-SYNTH-0001',
    salutation: 'SYNTH-Mx',
    firstName: 'Testfirstname',
    middleName: 'Testmiddlename',
    secondName: 'Testsecondname',
    birthDate: '1999-02-03',
    gender: 'Feminine',
    citizenship: ['EC', 'PE'],
    maritalStatus: 'Single',
    numberOfChildren: 1,
    primaryLanguage: 'es',
    highestLevelOfEducation: 'UpperSecondaryEducation',
    identityNumber: 'SYNTH-ID-000000',
    title: 'SYNTH-title',
    email: 'synthetic.person@example.org',
    homePhone: '+10000000001',
    mobilePhone: '+10000000002',
    mailingAddress: {
      country: 'CO',
      streetLines: ['SYNTH Street 1', 'SYNTH-Floor 2'],
      locality: 'SYNTH-City',
      region: 'SYNTH-State',
      postalCode: 'SYNTH-00000',
    },
    deceased: false,
  },
  victim: {
    traffickingStatus: 'ActualVictimOfTrafficking',
    traffickingStatusDecisionMakingOrg: 'NGO',
    ageWhenTrafficked: 19,
    ageAtExploitationStart: 20,
  },
  exploitation: {
    types: { ForcedLabour: 'yes', SexualExploitation: 'no', ChildLabour: 'unknown' },
    industries: [{ section: 'A_AgricultureForestryAndFishing', division: '01' }, { section: 'F_Construction' }],
    labourActivities: { Peddling: 'yes' },
    websitesAndApps: ['Facebook'],
    countries: ['PE', 'CO'],
    locationOrganisation: 'SYNTH-org-location',
    startDate: '2019-05',
    endDate: '2021-04-30',
    durationMonths: 23,
  },
  recruitment: {
    methods: { ThroughFriendsOrSocialEvents: 'yes', AtWork: 'no' },
    websitesAndApps: ['WhatsApp'],
    locationOrganisation: 'SYNTH-org-recruitment',
    relationshipToTrafficker: 'Acquainted',
    recruiterRelations: { Friend: 'yes', Family: 'no' },
    abduction: 'no',
    date: '2019-04',
  },
  control: {
    methods: { DebtBondage: 'yes', WithholdsDocuments: 'yes', RestrictsMovement: 'yes', SexualAbuse: 'unknown' },
  },
  movement: {
    origin: { country: 'EC', subdivision: 'EC-I', city: 'SYNTH-origin-city' },
    transit: [{ country: 'PE', date: '2019-05' }],
    destination: { country: 'CO' },
  },
  assistance: {
    supportPlans: [{ type: 'Health', objectives: 'SYNTH-objectives', actionPlan: 'SYNTH-action-plan' }],
    referrals: [
      {
        direction: 'Incoming',
        organisation: 'ORG-SYNTH-1',
        date: '2021-06-10',
        primaryCaseWorker: 'SYNTH-referring-worker',
        reason: 'AdditionalServicesRequired',
        details: 'SYNTH-referral-details',
      },
    ],
  },
  perpetrators: [
    {
      id: 'PERP-SYNTH-1',
      name: 'SYNTH-perpetrator-name',
      roles: ['RecruiterOrIntermediary'],
      roleDetails: 'SYNTH-role-details',
    },
  ],
  consent: { interview: 'yes', dataForResearch: 'yes', date: '2021-06-15' },
};

/**
 * {@link fullCase} as version 1 (`iom.trafficking-case@1`) wrote it: the same values, its mailing address
 * in version 1's form.
 */
export const fullCaseV1: TraffickingCaseV1 = {
  ...fullCase,
  $kind: 'iom.trafficking-case@1',
  person: {
    ...fullCase.person,
    mailingAddress: {
      street: 'SYNTH Street 1\nSYNTH-Floor 2',
      city: 'SYNTH-City',
      state: 'SYNTH-State',
      postalCode: 'SYNTH-00000',
      country: 'CO',
    },
  },
};

/** A minimal synthetic case with research consent, varied by the arguments. */
export function smallCase(overrides: Partial<TraffickingCase> = {}): TraffickingCase {
  return {
    registrationDate: '2020-01-01',
    person: { gender: 'Masculine', ageAtRegistration: 30, citizenship: ['EC'] },
    exploitation: { types: { ForcedLabour: 'yes' }, countries: ['PE'] },
    consent: { interview: 'yes', dataForResearch: 'yes' },
    ...overrides,
  };
}
