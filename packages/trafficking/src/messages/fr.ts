import type { ReaderIssueCode, SchemaIssueCode } from './types.js';

/**
 * French messages of a case record's own checks (its schema and whole-record rules), apart from the
 * readers' and writers': an app that validates cases carries these alone (messages/schema.ts).
 */
export const frSchema: { readonly [C in SchemaIssueCode]: string } = {
  date_invalid: 'Date non valide : écrivez une année (2021), un mois (2021-03) ou un jour (2021-03-09)',
  age_majority_mismatch: "L'âge dans {age} ne correspond pas au statut d'adulte ou de mineur dans {majority}",
  age_band_mismatch: "L'âge dans {age} n'est pas dans la tranche d'âge indiquée dans {band}",
  age_when_trafficked_after_registration: "L'âge au moment de la traite dépasse l'âge à l'enregistrement",
  date_order: 'La date dans {later} est antérieure à la date dans {earlier}',
  industry_without_forced_labour:
    'Un secteur ou une activité de travail forcé est indiqué, mais la réponse au travail forcé est non',
  sex_type_without_sexual_exploitation:
    "Un type d'exploitation sexuelle est indiqué, mais la réponse à l'exploitation sexuelle est non",
  child_labour_adult: "Le travail des enfants est indiqué, mais la personne était adulte au début de l'exploitation",
  research_consent_without_consent:
    "Le consentement à l'usage pour la recherche est oui, mais le consentement à l'entretien est non",
  subdivision_country_mismatch: "La subdivision dans {subdivision} n'appartient pas au pays dans {country}",
  not_collected_has_value: 'Le champ {field} est marqué comme non collecté mais contient une valeur',
  checklist_code_unknown: 'La liste de contrôle contient {count} élément(s) qui ne sont pas des codes de sa liste',
};

/** French messages of the HTCDS, CTDC and CSV readers and writers. */
export const frReaders: { readonly [C in ReaderIssueCode]: string } = {
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
};
