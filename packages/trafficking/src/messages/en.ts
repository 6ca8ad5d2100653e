// Messages never quote a value taken from a record: they name fields, columns, codes and counts only,
// because records hold personal data about victims of trafficking.

/**
 * English messages of a case record's own checks (its schema and whole-record rules), apart from the
 * readers' and writers': an app that validates cases carries these alone (messages/schema.ts).
 */
export const enSchema = {
  date_invalid: 'Not a date: write a year (2021), a month (2021-03) or a day (2021-03-09)',
  age_majority_mismatch: 'The age in {age} does not agree with the adult or minor status in {majority}',
  age_band_mismatch: 'The age in {age} does not fall in the age band in {band}',
  age_when_trafficked_after_registration: 'The age when trafficked is higher than the age at registration',
  date_order: 'The date in {later} is earlier than the date in {earlier}',
  industry_without_forced_labour:
    'A forced labour industry or labour activity is recorded, but forced labour is answered no',
  sex_type_without_sexual_exploitation:
    'A type of sexual exploitation is recorded, but sexual exploitation is answered no',
  child_labour_adult: 'Child labour is answered yes, but the person was an adult when exploitation began',
  research_consent_without_consent: 'Consent to research use is yes, but consent to the interview is no',
  subdivision_country_mismatch: 'The subdivision in {subdivision} is not in the country in {country}',
  not_collected_has_value: 'The field {field} is marked as not collected but holds a value',
  checklist_code_unknown: 'The checklist holds {count} item(s) that are not codes of its list',
};

/** English messages of the HTCDS, CTDC and CSV readers and writers. */
export const enReaders = {
  csv_malformed: 'CSV row {row}: {problem}',
  row_not_object: 'Row {row} is not an object of columns and cells and was skipped',
  cell_not_text: 'Row {row}, column {column}: the cell is not text, a number or true/false, and was ignored',
  column_duplicate: 'The column {column} gives {field} again, after an earlier column, and was ignored',
  case_field_dropped: 'Row {row}: {field} does not pass the case checks and was left out',
  case_row_dropped: 'Row {row} could not be read into a valid case and was skipped',
  htcds_header_renamed: 'Read the column {column} as {field}',
  htcds_header_unknown: 'The column {column} is not an HTCDS field and was ignored',
  htcds_label_row_skipped: 'Row {row} repeats the template labels and was skipped',
  htcds_value_label: 'Column {field}: read a label or a variant spelling as the value name {value}',
  htcds_value_legacy: 'Column {field}: read the HTCDS {version} value {legacy} as {value}',
  htcds_value_ambiguous: 'Column {field}: the HTCDS 0.2 value {legacy} has no 2.0 equivalent; read as {value}',
  htcds_value_unknown: 'Column {field}: a value is not in the HTCDS list and was dropped',
  htcds_separator: 'Column {field}: the values were separated by {separator}, not by a semicolon',
  htcds_boolean_invalid: 'Column {field}: not a yes/no value; read as unknown',
  htcds_number_invalid: 'Column {field}: not a whole number; dropped',
  htcds_country_invalid: 'Column {field}: not an ISO 3166 country code; dropped',
  htcds_country_normalized: 'Column {field}: read a country code written in another form as {value}',
  htcds_date_invalid: 'Column {field}: not an ISO 8601 date; dropped',
  htcds_values_extra: 'Column {field}: holds one value; {count} more were dropped',
  htcds_date_time_dropped: 'Column {field}: the time of day was dropped; the date is kept',
  htcds_division_ignored:
    'Column {field}: {count} ISIC division(s) belong to no industry in vic_ForcedLabourIndustry and were ignored',
  htcds_event_country_ignored:
    'Column {field}: read only for an exploitation event (hte_Type) when x_ExploitationCountries is empty; ignored',
  htcds_not_representable: 'HTCDS cannot hold {field}: {count} value(s) left out',
  ctdc_column_missing: 'The CTDC {format} column {column} is missing; its values are read as missing',
  ctdc_column_unknown: 'The column {column} is not a CTDC {format} column and was ignored',
  ctdc_value_invalid: 'Row {row}, column {column}: not a valid CTDC value; read as missing',
  ctdc_no_research_consent: 'Record {index} has no consent to research use and was not exported',
  ctdc_record_suppressed: 'Record {index} was suppressed: its quasi-identifiers occur fewer than {k} times',
  ctdc_cells_generalised: 'Column {column}: {count} cell(s) were set to missing to reach k = {k}',
  ctdc_not_representable: 'CTDC {format} cannot hold {field}: {count} value(s) left out',
  ctdc_format_invalid: 'The CTDC format {format} is not known; use one of {formats}',
  ctdc_k_invalid: 'k must be a whole number of at least 2; {k} was given',
};
