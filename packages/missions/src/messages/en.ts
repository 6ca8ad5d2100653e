// Messages name ids, codes and dates; `{date}` is written out in the message's locale.

/** The English message of each issue code of `@iom/missions`: the keys are the package's codes. */
export const en = {
  mission_duplicate_id: 'The id {id} is used more than once',
  mission_chiefs_overlap: 'The mission {mission} has two heads on {date}: {first} and {second}',
  mission_country_overlap: 'The country {country} has two missions on {date}: {first} and {second}',
  mission_main_office_kind: 'The main office of {mission} must be a country office',
  mission_sub_office_kind: 'The sub-office {id} of {mission} must be a sub-office',
  mission_started_before_established:
    'The mission {mission} starts ({validFrom}) before the year it was established ({year})',
  mission_id_format:
    'Expected the id of an IOM country mission: MISSION_ and an ISO 3166-1 alpha-2 code, such as MISSION_EC',
};
