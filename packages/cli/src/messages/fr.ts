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
} satisfies CliMessages;
