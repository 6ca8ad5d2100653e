import type { CliMessages } from './types.js';

/** French. */
export const fr = {
  syntax: {
    empty: "l'entrée est vide",
    invalid_symbol: 'caractère inattendu',
    invalid_number: 'nombre non valide',
    property_name_expected: 'un nom de propriété entre guillemets doubles est attendu',
    value_expected: 'une valeur est attendue',
    colon_expected: 'un deux-points est attendu',
    comma_expected: 'une virgule est attendue',
    close_brace_expected: 'une accolade fermante } est attendue',
    close_bracket_expected: 'un crochet fermant ] est attendu',
    end_of_file_expected: 'contenu inattendu après la fin de la valeur JSON',
    unexpected_end: "l'entrée s'arrête au milieu d'une valeur",
    invalid_string: 'chaîne non valide (échappement ou caractère de contrôle incorrect)',
    comments_not_allowed: 'les commentaires ne sont pas admis en JSON',
    trailing_comma: 'virgule en trop avant ]',
    array_not_closed: "l'entrée s'arrête avant que le tableau soit fermé par ]",
    comma_or_bracket_expected: 'une virgule ou ] est attendu après un élément du tableau',
    array_expected: 'un tableau JSON est attendu',
    document_too_large:
      "un document JSON unique aussi grand n'est pas lu d'un bloc : écrivez-le en tableau JSON ou en NDJSON",
  },
  notJson: (reason) => `pas du JSON : ${reason}`,
  summary: (records, valid, invalid) => `${records} enregistrement(s) : ${valid} valide(s), ${invalid} non valide(s)`,
  invalidRecord: (kind) => (kind === undefined ? 'non valide' : `${kind} non valide`),
  cannotRead: (file) => `impossible de lire ${file}`,
  unknownKind: (kind, known) => `type de contenu inconnu ${kind} ; types connus : ${known}`,
  unknownCodeList: (name) => `liste de codes inconnue ${name}`,
  unknownConverter: (name) => `convertisseur inconnu ${name}`,
  available: 'Disponibles :',
  noneInstalled: '(aucun installé)',
  convertFailed: "la conversion n'a rien donné",
  optionMalformed: (text) => `l'option ${text} s'écrit nom=valeur (-o layout=kanon-2020)`,
  optionUnknown: (converter, option, known) => `${converter} n'a pas d'option ${option} ; ses options : ${known}`,
  optionRepeated: (converter, option) => `l'option ${option} de ${converter} est donnée plus d'une fois`,
  optionMissing: (converter, option, allowed) =>
    `${converter} demande l'option ${option} (-o ${option}=…) : ${allowed}`,
  optionInvalid: (converter, option, value, allowed) =>
    `${converter} : ${option}=${value} n'est pas admis ; ${allowed}`,
  optionWithoutConverter:
    'les options (-o nom=valeur) se donnent à un convertisseur : iom convert <convertisseur> -o nom=valeur',
  allowedValues: (values) => `valeurs admises : ${values}`,
  allowedInteger: (min) => (min === undefined ? 'un nombre entier' : `un nombre entier, au moins ${min}`),
  allowedDate: 'une date écrite AAAA-MM-JJ',
  allowedText: 'tout texte non vide',
  noOptions: 'aucune',
  required: 'obligatoire',
  defaultValue: (value) => `par défaut ${value}`,
  placeholders: { integer: '<nombre>', date: '<AAAA-MM-JJ>', text: '<texte>' },
  kindNotConverted: (converter, kind, kinds) => `${converter} ne convertit pas ${kind} ; il convertit ${kinds}`,
  oneInput: "iom convert lit une seule entrée : un fichier, ou - pour l'entrée standard",
  internalError: (what, error) =>
    `erreur interne dans ${what} : ${error} (aucune donnée d'entrée n'est affichée ; merci de la signaler avec la commande lancée)`,
} satisfies CliMessages;
