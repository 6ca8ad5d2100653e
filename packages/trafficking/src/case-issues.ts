import { defineIssues } from '@iom/core';

// The messages of a case record's own checks (its schema and whole-record rules), apart from those of
// the readers and writers (issues.ts): an app that validates cases carries these alone. Like every
// message of this package, they name fields and codes, never a value taken from a record.

/** The templates of a case record's own checks, in English, French and Spanish; part of `traffickingIssues`. */
export const CASE_ISSUE_TEMPLATES = {
  en: {
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
  },
  fr: {
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
  },
  es: {
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
  },
} as const;

/** The issue catalog of a case record's own checks: the same codes and messages as in `traffickingIssues`. */
export const caseIssues = defineIssues(CASE_ISSUE_TEMPLATES);
