import type { ReaderIssueCode, SchemaIssueCode } from './types.js';

/**
 * Spanish messages of a case record's own checks (its schema and whole-record rules), apart from the
 * readers' and writers': an app that validates cases carries these alone (messages/schema.ts).
 */
export const esSchema: { readonly [C in SchemaIssueCode]: string } = {
  date_invalid: 'Fecha no válida: escriba un año (2021), un mes (2021-03) o un día (2021-03-09)',
  age_majority_mismatch: 'La edad en {age} no concuerda con la condición de adulto o menor en {majority}',
  age_band_mismatch: 'La edad en {age} no está en el rango de edad de {band}',
  age_when_trafficked_after_registration: 'La edad al ser víctima de trata es mayor que la edad al registro',
  date_order: 'La fecha en {later} es anterior a la fecha en {earlier}',
  industry_without_forced_labour:
    'Hay un sector o una actividad de trabajo forzoso, pero la respuesta a trabajo forzoso es no',
  sex_type_without_sexual_exploitation:
    'Hay un tipo de explotación sexual, pero la respuesta a explotación sexual es no',
  child_labour_adult: 'El trabajo infantil es sí, pero la persona era adulta al comenzar la explotación',
  research_consent_without_consent:
    'El consentimiento al uso para investigación es sí, pero el consentimiento a la entrevista es no',
  subdivision_country_mismatch: 'La subdivisión en {subdivision} no pertenece al país en {country}',
  not_collected_has_value: 'El campo {field} está marcado como no recogido pero tiene un valor',
  checklist_code_unknown: 'La lista de verificación tiene {count} elemento(s) que no son códigos de su lista',
};

/** Spanish messages of the HTCDS, CTDC and CSV readers and writers. */
export const esReaders: { readonly [C in ReaderIssueCode]: string } = {
  csv_malformed: 'Fila CSV {row}: {problem}',
  row_not_object: 'La fila {row} no es un objeto de columnas y celdas y se omitió',
  cell_not_text: 'Fila {row}, columna {column}: la celda no es texto, número ni verdadero/falso, y se ignoró',
  column_duplicate: 'La columna {column} vuelve a dar {field}, después de una columna anterior, y se ignoró',
  case_field_dropped: 'Fila {row}: {field} no pasa las comprobaciones del caso y se descartó',
  case_row_dropped: 'La fila {row} no pudo leerse como un caso válido y se omitió',
  htcds_header_renamed: 'La columna {column} se leyó como {field}',
  htcds_header_unknown: 'La columna {column} no es un campo HTCDS y se ignoró',
  htcds_label_row_skipped: 'La fila {row} repite las etiquetas de la plantilla y se omitió',
  htcds_value_label: 'Columna {field}: se leyó una etiqueta o variante como el valor {value}',
  htcds_value_legacy: 'Columna {field}: el valor HTCDS {version} {legacy} se leyó como {value}',
  htcds_value_ambiguous:
    'Columna {field}: el valor HTCDS 0.2 {legacy} no tiene equivalente en 2.0; se leyó como {value}',
  htcds_value_unknown: 'Columna {field}: un valor que no está en la lista HTCDS se descartó',
  htcds_separator: 'Columna {field}: los valores estaban separados por {separator} y no por punto y coma',
  htcds_boolean_invalid: 'Columna {field}: valor sí/no ilegible; se leyó como desconocido',
  htcds_number_invalid: 'Columna {field}: no es un número entero; se descartó',
  htcds_country_invalid: 'Columna {field}: no es un código de país ISO 3166; se descartó',
  htcds_country_normalized: 'Columna {field}: un código de país escrito de otra forma se leyó como {value}',
  htcds_date_invalid: 'Columna {field}: no es una fecha ISO 8601; se descartó',
  htcds_values_extra: 'Columna {field}: admite un solo valor; se descartaron {count} más',
  htcds_date_time_dropped: 'Columna {field}: se descartó la hora; se conserva la fecha',
  htcds_division_ignored:
    'Columna {field}: {count} división(es) CIIU no corresponden a ningún sector de vic_ForcedLabourIndustry y se ignoraron',
  htcds_event_country_ignored:
    'Columna {field}: solo se lee para un evento de explotación (hte_Type) cuando x_ExploitationCountries está vacía; se ignoró',
  htcds_not_representable: 'HTCDS no puede contener {field}: {count} valor(es) omitido(s)',
  ctdc_column_missing: 'Falta la columna CTDC {format} {column}; sus valores se leen como ausentes',
  ctdc_column_unknown: 'La columna {column} no es una columna CTDC {format} y se ignoró',
  ctdc_value_invalid: 'Fila {row}, columna {column}: valor CTDC no válido; se leyó como ausente',
  ctdc_no_research_consent: 'El registro {index} no tiene consentimiento para investigación y no se exportó',
  ctdc_record_suppressed: 'El registro {index} se suprimió: sus cuasi-identificadores aparecen menos de {k} veces',
  ctdc_cells_generalised: 'Columna {column}: {count} celda(s) se dejaron ausentes para alcanzar k = {k}',
  ctdc_not_representable: 'CTDC {format} no puede contener {field}: {count} valor(es) omitido(s)',
  ctdc_format_invalid: 'El formato CTDC {format} no se conoce; use uno de {formats}',
  ctdc_k_invalid: 'k debe ser un número entero de al menos 2; se dio {k}',
};
