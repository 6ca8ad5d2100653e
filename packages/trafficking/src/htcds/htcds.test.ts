import { readFileSync } from 'node:fs';
import { expectLinearTime } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullCase } from '../../test/fixtures.js';
import { TraffickingCase } from '../case.js';
import {
  CASE_STATUSES,
  DECISION_MAKING_ORGS,
  EDUCATION_LEVELS,
  EXPLOITATION_TYPES,
  GENDERS,
  HTCDS_CONTROL_METHODS,
  INDUSTRIES,
  MARITAL_STATUSES,
  PERPETRATOR_ROLES,
  PLATFORMS,
  RECRUITMENT_METHODS,
  REFERRAL_REASONS,
  RELATIONSHIPS_TO_TRAFFICKER,
  SEX_EXPLOITATION_TYPES,
  SUPPORT_PLAN_TYPES,
  TRAFFICKING_STATUSES,
} from '../codes.js';
import { writeCsv } from '../csv.js';
import { en } from '../labels/en.js';
import { toHtcds, toHtcdsCsv } from './export.js';
import { HTCDS_COLUMNS } from './fields.js';
import { fromHtcds, fromHtcdsCsv } from './import.js';
import { VOCABULARIES } from './values.js';

const tsv = readFileSync(new URL('../../test/htcds/htcds-fields-2.0.tsv', import.meta.url), 'utf8');
const xform = readFileSync(new URL('../../test/htcds/htcds_xlsform.xml', import.meta.url), 'utf8');

/** Value names and labels of each picklist field in the official 2.0 field standard. */
function officialPicklists(): Map<string, { names: string[]; labels: string[] }> {
  const result = new Map<string, { names: string[]; labels: string[] }>();
  for (const line of tsv.split('\n')) {
    const cells = line.split('\t');
    const field = cells[6];
    const names = cells[9];
    const labels = cells[10];
    if (field === undefined || names === undefined || !/Picklist/.test(cells[7] ?? '') || names.startsWith('Use ISO'))
      continue;
    const split = (text: string) =>
      text
        .split('\\n')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    result.set(field, { names: split(names), labels: split(labels ?? '') });
  }
  return result;
}

describe('code lists are the official HTCDS 2.0 value names, and English labels its labels', () => {
  const official = officialPicklists();
  const lists: Array<[string, readonly string[], Record<string, string>]> = [
    ['prs_Gender', GENDERS, en.gender],
    ['prs_MaritalStatus', MARITAL_STATUSES, en.maritalStatus],
    ['prs_HighestLevelOfEducation', EDUCATION_LEVELS, en.educationLevel],
    ['vic_TraffickingStatus', TRAFFICKING_STATUSES, en.traffickingStatus],
    ['vic_TraffickingStatusDecisionMakingOrg', DECISION_MAKING_ORGS, en.decisionMakingOrg],
    ['vic_RelationshipToTrafficker', RELATIONSHIPS_TO_TRAFFICKER, en.relationshipToTrafficker],
    ['vic_RecruitmentWebsitesAndApps', PLATFORMS, en.platform],
    ['vic_MethodOfRecruitment', RECRUITMENT_METHODS, en.recruitmentMethod],
    ['vic_MethodsOfControl', HTCDS_CONTROL_METHODS, en.controlMethod],
    ['vic_TypeOfExploitation', EXPLOITATION_TYPES, en.exploitationType],
    ['vic_ForcedLabourIndustry', INDUSTRIES, en.industry],
    ['vic_TypeOfSexExploitation', SEX_EXPLOITATION_TYPES, en.sexExploitationType],
    ['per_RoleInProcess', PERPETRATOR_ROLES, en.perpetratorRole],
    ['cas_Status', CASE_STATUSES, en.caseStatus],
    ['cas_ReasonForIncomingReferral', REFERRAL_REASONS, en.referralReason],
    ['spl_Type', SUPPORT_PLAN_TYPES, en.supportPlanType],
  ];
  it.each(lists)('%s', (field, codes, labels) => {
    const entry = official.get(field);
    expect(entry).toBeDefined();
    expect([...codes]).toEqual(entry?.names);
    expect(codes.map((code) => labels[code])).toEqual(entry?.labels);
  });
});

describe('fromHtcds reads the official XLSForm choices, by value name and by label', () => {
  const selects = [...xform.matchAll(/<select1? ref="\/data\/(\w+)">(.*?)<\/select1?>/g)];
  it('covers every choice of every picklist in the form', () => {
    let checked = 0;
    for (const [, node, body] of selects) {
      if (node === undefined || body === undefined || node === 'con_Consent' || node === 'prs_Citizenship') continue;
      const column = node === 'vic_Methods_of_Control' ? 'vic_MethodsOfControl' : node;
      const vocabulary = VOCABULARIES[column as keyof typeof VOCABULARIES];
      expect(vocabulary, column).toBeDefined();
      for (const [, text, value] of body.matchAll(/<item><label>(.*?)<\/label><value>(.*?)<\/value><\/item>/g)) {
        expect(vocabulary.match(value ?? '')?.values, value).toEqual([value?.trim()]);
        expect(vocabulary.match(text ?? '')?.values, text).toEqual([value?.trim()]);
        checked += 2;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe('HTCDS round trip', () => {
  it('keeps what HTCDS holds and reports what it cannot', () => {
    const exported = toHtcds([fullCase]);
    const row = exported.value[0];
    expect(row?.vic_MethodsOfControl).toBe('DebtBondage;WithholdsDocuments');
    expect(row?.x_MethodsOfControlExtended).toBe('RestrictsMovement');
    expect(row?.vic_TypeOfExploitation).toBe('ForcedLabour');
    expect(row?.vic_ForcedLabourIndustry).toBe('A_AgricultureForestryAndFishing;F_Construction');
    expect(row?.con_Consent).toBe('TRUE');
    const lost = exported.issues.map((issue) => issue.path.slice(1).join('.'));
    expect(lost).toEqual(
      expect.arrayContaining([
        'exploitation.types',
        'control.methods',
        'movement.transit',
        'perpetrators',
        'assistance.supportPlans',
        'exploitation.startDate',
      ]),
    );
    const back = fromHtcdsCsv(toHtcdsCsv([fullCase]).value);
    expect(back.issues).toEqual([]);
    const [record] = back.value;
    expect(record).toMatchObject({
      id: fullCase.id,
      registrationDate: '2021-06-15',
      person: { ...fullCase.person },
      victim: { traffickingStatus: 'ActualVictimOfTrafficking', ageWhenTrafficked: 19, ageAtExploitationStart: 20 },
      exploitation: {
        types: { ForcedLabour: 'yes' },
        industries: fullCase.exploitation?.industries,
        labourActivities: { Peddling: 'yes' },
        countries: ['PE', 'CO'],
        durationMonths: 23,
      },
      control: { methods: { DebtBondage: 'yes', WithholdsDocuments: 'yes', RestrictsMovement: 'yes' } },
      recruitment: {
        methods: { ThroughFriendsOrSocialEvents: 'yes' },
        recruiterRelations: { Friend: 'yes' },
        abduction: 'no',
      },
      movement: { origin: { country: 'EC', subdivision: 'EC-I' } },
      assistance: { referrals: fullCase.assistance?.referrals },
      consent: { interview: 'yes', dataForResearch: 'yes' },
    });
    // HTCDS cannot say no: the explicit no and the unknown are not invented back.
    expect(record?.exploitation?.types?.SexualExploitation).toBeUndefined();
    expect(record?.control?.methods?.SexualAbuse).toBeUndefined();
  });
});

describe('fromHtcds tolerates the official templates’ defects', () => {
  it('reads misspelled headers, labels, legacy values and other separators, reporting each', () => {
    const rows = [
      {
        prs_First_Name: 'Testfirstname',
        vic_TraffickinStatusDecisionMakingOrg: 'Court or prosecution',
        vic_Methods_of_Control: 'PhysicalThreats DebtBondage',
        'Type of Exploitation': 'Forced labour; Illegal adoption; IllicitActivities',
        prs_Gender: 'Female',
        prs_Nationality: 'ecu',
        vic_MethodOfRecruitment: 'EducationalFacility;Shelter',
        vic_ForcedLabourIndustry: 'Water supply; sewerage, waste management and remediation;Construction',
        cas_Status: 'Follow up',
        cas_ReferredPrimaryCaseWorker: '',
        '': 'Migration Or Change Of Location',
        con_Consent: 'TRUE',
        'Some Extra Column': 'x',
      },
    ];
    const { value, issues } = fromHtcds(rows);
    const [record] = value;
    expect(record).toMatchObject({
      person: { firstName: 'Testfirstname', gender: 'Feminine', citizenship: ['EC'] },
      victim: { traffickingStatusDecisionMakingOrg: 'CourtOrProsecution' },
      control: { methods: { PhysicalThreats: 'yes', DebtBondage: 'yes' } },
      exploitation: {
        types: { ForcedLabour: 'yes', ForcedAdoption: 'yes' },
        labourActivities: { IllicitActivities: 'yes' },
        industries: [{ section: 'E_WaterSupplySewerageWasteManagement' }, { section: 'F_Construction' }],
      },
      recruitment: { methods: { AtAnEducationalInstitution: 'yes', Other: 'yes' } },
      status: 'FollowUp',
      assistance: { referrals: [{ direction: 'Outgoing', reason: 'MigrationOrChangeOfLocation' }] },
      consent: { interview: 'yes' },
    });
    const codes = new Set(issues.map((issue) => issue.code));
    for (const code of [
      'htcds_header_renamed',
      'htcds_header_unknown',
      'htcds_value_label',
      'htcds_value_legacy',
      'htcds_value_ambiguous',
      'htcds_separator',
      'htcds_country_normalized',
    ]) {
      expect(codes, code).toContain(code);
    }
    for (const issue of issues) expect(issue.message).not.toContain('Testfirstname');
  });

  it('skips the template’s label row and reports unreadable values without quoting them', () => {
    const header = {
      prs_FirstName: 'First Name',
      prs_Gender: 'Gender',
      prs_Citizenship: 'Citizenship',
      cas_Status: 'Status',
    };
    const data = {
      prs_FirstName: 'Testfirstname',
      prs_Gender: 'SYNTH-not-a-gender',
      prs_Citizenship: 'EC',
      cas_Status: 'Active',
      prs_Birthdate: '03/04/1999',
    };
    const { value, issues } = fromHtcds([header, data], { locale: 'es' });
    expect(value).toHaveLength(1);
    expect(issues[0]?.code).toBe('htcds_label_row_skipped');
    expect(issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['htcds_value_unknown', 'htcds_date_invalid']),
    );
    for (const issue of issues) {
      expect(issue.message).not.toContain('SYNTH-not-a-gender');
      expect(issue.message).not.toContain('03/04/1999');
    }
    expect(issues.find((issue) => issue.code === 'htcds_value_unknown')?.message).toMatch(/Columna/);
  });

  it('never throws on random rows and returns only records that pass the schema', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'TRUE',
        'no',
        'Male',
        'Forced labour;Other',
        'EC',
        'ecu',
        '2021-02-30',
        '12',
        'A',
        'Follow up',
        ';;',
        ' ',
      ),
      fc.string({ maxLength: 30 }),
    );
    const key = fc.oneof(
      fc.constantFrom(...HTCDS_COLUMNS, 'prs_First_Name', 'vic_Methods_of_Control', 'Gender', ''),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, cell, { maxKeys: 15 }), { maxLength: 4 }), (rows) => {
        const { value } = fromHtcds(rows);
        for (const record of value) {
          // Cross-field rules included: what breaks one is left out and reported.
          expect(TraffickingCase.safeParse(record).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads 1 MB of adversarial CSV in time proportional to its size', async () => {
    const line = (n: number) => `${'Forced labour;'.repeat(n)}${'a '.repeat(n)}`;
    const build = (size: number) => {
      const header = 'vic_TypeOfExploitation,vic_MethodsOfControl,prs_Gender\r\n';
      const row = `"${line(20)}","${'x '.repeat(200)}",${';'.repeat(50)}\r\n`;
      return header + row.repeat(Math.ceil(size / row.length));
    };
    await expectLinearTime('fromHtcdsCsv', {
      make: build,
      run: (text: string) => {
        const result = fromHtcdsCsv(text);
        expect(result.value.length).toBeGreaterThan(0);
      },
    });
  });
});

describe('CSV helper', () => {
  it('quotes cells that need it', () => {
    expect(writeCsv([{ a: 'x,y', b: 'z' }], ['a', 'b'])).toBe('a,b\r\n"x,y",z');
  });
});

describe('HTCDS round trip property', () => {
  it('every yes survives, no answer is invented, and what is left out is reported', async () => {
    const { arbitraryCase } = await import('../../test/arbitraries.js');
    fc.assert(
      fc.property(arbitraryCase, (record) => {
        const exported = toHtcds([record]);
        const [back] = fromHtcds(exported.value).value;
        for (const [list, backList] of [
          [record.exploitation?.types, back?.exploitation?.types],
          [record.exploitation?.sexTypes, back?.exploitation?.sexTypes],
          [record.control?.methods, back?.control?.methods],
          [record.recruitment?.recruiterRelations, back?.recruitment?.recruiterRelations],
        ] as const) {
          const yes = Object.entries(list ?? {})
            .filter(([, answer]) => answer === 'yes')
            .map(([code]) => code);
          const backEntries = Object.entries(backList ?? {});
          expect(
            backEntries
              .filter(([, answer]) => answer === 'yes')
              .map(([code]) => code)
              .sort(),
          ).toEqual(yes.sort());
          expect(backEntries.every(([, answer]) => answer === 'yes')).toBe(true);
          const others = Object.values(list ?? {}).filter((answer) => answer !== 'yes').length;
          if (others > 0) expect(exported.issues.some((issue) => issue.code === 'htcds_not_representable')).toBe(true);
        }
        expect(back?.person?.citizenship).toEqual(
          record.person?.citizenship?.filter((c, i, all) => all.indexOf(c) === i),
        );
        expect(back?.registrationDate).toBe(record.registrationDate);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fromHtcds on rows that did not come from CSV', () => {
  it('reads text, number and true/false cells, and never throws on other values', () => {
    const rows = [{ email: 0 }, null, { gender: 'Masculine', ageAtRegistration: null }] as unknown as Record<
      string,
      string
    >[];
    expect(() => fromHtcds(rows)).not.toThrow();
  });
});
