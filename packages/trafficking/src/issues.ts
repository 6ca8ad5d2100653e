import { defineIssues } from '@iom/core';
import { CASE_ISSUE_TEMPLATES } from './case-issues.js';

// Messages never quote a value taken from a record: they name fields, columns, codes and counts only,
// because records hold personal data about victims of trafficking.

/**
 * The issue codes of `@iom/trafficking` with their messages in English, French and Spanish. Every code is
 * listed in the package README.
 */
export const traffickingIssues = defineIssues({
  en: {
    ...CASE_ISSUE_TEMPLATES.en,
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
  },
  fr: {
    ...CASE_ISSUE_TEMPLATES.fr,
    csv_malformed: 'Ligne CSV {row} : {problem}',
    row_not_object: "La ligne {row} n'est pas un objet de colonnes et de cellules et a été ignorée",
    cell_not_text:
      "Ligne {row}, colonne {column} : la cellule n'est ni du texte, ni un nombre, ni vrai/faux, et a été ignorée",
    column_duplicate: 'La colonne {column} donne de nouveau {field}, après une colonne précédente, et a été ignorée',
    case_field_dropped: 'Ligne {row} : {field} ne passe pas les contrôles du cas et a été écarté',
    case_row_dropped: "La ligne {row} n'a pas pu être lue comme un cas valide et a été ignorée",
    htcds_header_renamed: 'La colonne {column} a été lue comme {field}',
    htcds_header_unknown: "La colonne {column} n'est pas un champ HTCDS et a été ignorée",
    htcds_label_row_skipped: 'La ligne {row} reprend les libellés du modèle et a été ignorée',
    htcds_value_label: 'Colonne {field} : un libellé ou une variante a été lu comme la valeur {value}',
    htcds_value_legacy: 'Colonne {field} : la valeur HTCDS {version} {legacy} a été lue comme {value}',
    htcds_value_ambiguous:
      "Colonne {field} : la valeur HTCDS 0.2 {legacy} n'a pas d'équivalent en 2.0 ; lue comme {value}",
    htcds_value_unknown: 'Colonne {field} : une valeur absente de la liste HTCDS a été écartée',
    htcds_separator: 'Colonne {field} : les valeurs étaient séparées par {separator} et non par un point-virgule',
    htcds_boolean_invalid: 'Colonne {field} : valeur oui/non illisible ; lue comme inconnue',
    htcds_number_invalid: 'Colonne {field} : pas un nombre entier ; écarté',
    htcds_country_invalid: 'Colonne {field} : pas un code pays ISO 3166 ; écarté',
    htcds_country_normalized: 'Colonne {field} : un code pays écrit autrement a été lu comme {value}',
    htcds_date_invalid: 'Colonne {field} : pas une date ISO 8601 ; écartée',
    htcds_values_extra: 'Colonne {field} : une seule valeur attendue ; {count} autre(s) écartée(s)',
    htcds_date_time_dropped: "Colonne {field} : l'heure a été écartée ; la date est conservée",
    htcds_division_ignored:
      "Colonne {field} : {count} division(s) CITI ne relèvent d'aucun secteur de vic_ForcedLabourIndustry et ont été ignorées",
    htcds_event_country_ignored:
      "Colonne {field} : lue seulement pour un événement d'exploitation (hte_Type) quand x_ExploitationCountries est vide ; ignorée",
    htcds_not_representable: 'HTCDS ne peut pas contenir {field} : {count} valeur(s) omise(s)',
    ctdc_column_missing: 'La colonne CTDC {format} {column} manque ; ses valeurs sont lues comme manquantes',
    ctdc_column_unknown: "La colonne {column} n'est pas une colonne CTDC {format} et a été ignorée",
    ctdc_value_invalid: 'Ligne {row}, colonne {column} : valeur CTDC non valide ; lue comme manquante',
    ctdc_no_research_consent:
      "L'enregistrement {index} n'a pas de consentement à l'usage pour la recherche et n'a pas été exporté",
    ctdc_record_suppressed:
      "L'enregistrement {index} a été supprimé : ses quasi-identifiants apparaissent moins de {k} fois",
    ctdc_cells_generalised: 'Colonne {column} : {count} cellule(s) mises à manquant pour atteindre k = {k}',
    ctdc_not_representable: 'CTDC {format} ne peut pas contenir {field} : {count} valeur(s) omise(s)',
    ctdc_format_invalid: "Le format CTDC {format} n'est pas connu ; utilisez l'un de {formats}",
    ctdc_k_invalid: 'k doit être un nombre entier au moins égal à 2 ; {k} a été donné',
  },
  es: {
    ...CASE_ISSUE_TEMPLATES.es,
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
  },
});

/** An issue code of `@iom/trafficking`. */
export type TraffickingIssueCode = keyof typeof traffickingIssues.templates.en;
