import fc from 'fast-check';
import {
  ANSWERS,
  CONTROL_METHODS,
  EXPLOITATION_TYPES,
  GENDERS,
  INDUSTRIES,
  RECRUITER_RELATIONS,
  SEX_EXPLOITATION_TYPES,
  type TraffickingCase,
  type TraffickingCaseV1,
} from '../src/index.js';

// Identifier values carry a unique marker so a text search for them cannot hit by chance.
const marked = (label: string) => fc.stringMatching(/^[A-Za-z0-9]{4,12}$/).map((text) => `ZZ${label}${text}QQ`);

const checklistOf = <C extends string>(codes: readonly C[]) =>
  fc.dictionary(fc.constantFrom(...codes), fc.constantFrom(...ANSWERS), { maxKeys: 4 }) as fc.Arbitrary<
    Partial<Record<C, (typeof ANSWERS)[number]>>
  >;

const country = fc.constantFrom('EC', 'PE', 'CO', 'VE');
const year = fc.integer({ min: 2015, max: 2022 });

/** Subdivisions of the countries above, each with its country. */
const SUBDIVISIONS = { EC: ['EC-P', 'EC-I'], PE: ['PE-LIM'], CO: ['CO-DC', 'CO-ANT'], VE: ['VE-A'] } as const;

/** A mailing address of version 2 (`PostalAddress`): its text marked, a subdivision of its country or none. */
const postalAddress = country.chain((code) =>
  fc.record(
    {
      country: fc.constant(code),
      streetLines: fc.array(marked('street'), { minLength: 1, maxLength: 2 }),
      poBox: marked('pobox'),
      locality: marked('city'),
      region: marked('region'),
      subdivision: fc.constantFrom(...SUBDIVISIONS[code as keyof typeof SUBDIVISIONS]),
      postalCode: marked('postal'),
    },
    { requiredKeys: ['country'] },
  ),
);

/** A mailing address of version 1: its text marked, every part optional, the country too. */
const addressV1 = fc.record(
  { street: marked('street'), city: marked('city'), state: marked('state'), postalCode: marked('postal'), country },
  { requiredKeys: [] },
);

/** Random synthetic cases: identifiers filled with marked text, quasi-identifiers from small domains. */
export const arbitraryCase: fc.Arbitrary<TraffickingCase> = fc.record(
  {
    id: marked('caseid'),
    owner: marked('owner'),
    closureReason: marked('closure'),
    registrationDate: year.map(String),
    dataSource: fc.constantFrom('CaseManagement', 'Hotline'),
    person: fc.record(
      {
        id: marked('personid'),
        firstName: marked('first'),
        secondName: marked('second'),
        birthDate: fc.integer({ min: 1950, max: 2010 }).map((y) => `${y}-03-04`),
        email: marked('email'),
        mobilePhone: marked('phone'),
        identityNumber: marked('idnum'),
        gender: fc.constantFrom(...GENDERS),
        citizenship: fc.array(country, { minLength: 1, maxLength: 2 }),
        mailingAddress: postalAddress,
      },
      { requiredKeys: [] },
    ),
    exploitation: fc.record(
      {
        types: checklistOf(EXPLOITATION_TYPES),
        sexTypes: checklistOf(SEX_EXPLOITATION_TYPES),
        industries: fc.array(fc.record({ section: fc.constantFrom(...INDUSTRIES) }), { maxLength: 2 }),
        countries: fc.array(country, { maxLength: 2 }),
        locationOrganisation: marked('exploitorg'),
        durationMonths: fc.integer({ min: 0, max: 60 }),
      },
      { requiredKeys: [] },
    ),
    control: fc.record({ methods: checklistOf(CONTROL_METHODS) }, { requiredKeys: [] }),
    recruitment: fc.record(
      { recruiterRelations: checklistOf(RECRUITER_RELATIONS), locationOrganisation: marked('recruitorg') },
      { requiredKeys: [] },
    ),
    movement: fc.record(
      { origin: fc.record({ country, city: marked('origincity') }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    ),
    assistance: fc.record(
      {
        referrals: fc.array(
          fc.record({
            direction: fc.constantFrom('Incoming', 'Outgoing'),
            details: marked('details'),
            primaryCaseWorker: marked('worker'),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    perpetrators: fc.array(fc.record({ name: marked('perpname'), roleDetails: marked('roledetails') }), {
      maxLength: 2,
    }),
    consent: fc.record({
      interview: fc.constantFrom(...ANSWERS),
      dataForResearch: fc.constantFrom('yes', 'yes', 'no', 'unknown'),
    }),
  },
  { requiredKeys: ['consent'] },
) as fc.Arbitrary<TraffickingCase>;

/** Random synthetic cases of version 1 (`iom.trafficking-case@1`): {@link arbitraryCase} with a version-1 mailing address. */
export const arbitraryCaseV1: fc.Arbitrary<TraffickingCaseV1> = fc
  .tuple(arbitraryCase, addressV1, fc.boolean())
  .map(([{ $kind: _current, ...record }, mailingAddress, withKind]) => ({
    ...(withKind ? { $kind: 'iom.trafficking-case@1' as const } : {}),
    ...record,
    person: { ...record.person, mailingAddress },
  }));

/** Every marked identifier value found in a value, searched as JSON text. */
export function markedValues(value: unknown): string[] {
  return JSON.stringify(value).match(/ZZ[a-z]+[A-Za-z0-9]{4,12}QQ/g) ?? [];
}
