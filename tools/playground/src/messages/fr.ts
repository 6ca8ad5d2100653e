import type { PlaygroundMessages } from './types.js';

const n = (value: number) => value.toLocaleString('fr');

/** French. */
export const fr = {
  validOne: (kind) => `Valide : cette charge utile ${kind} passe tous les contrôles.`,
  validAll: (records) => `Valide : les ${n(records)} enregistrements passent tous les contrôles.`,
  invalidOne: (kind, issues) =>
    `Non valide : ${kind === null ? 'cette charge utile' : `cette charge utile ${kind}`} présente ${n(issues)} problème${issues === 1 ? '' : 's'}.`,
  someInvalid: (invalid, records) => `${n(invalid)} enregistrement(s) sur ${n(records)} ne sont pas valides.`,
  tooLarge: (length, max) =>
    `Le texte compte ${n(length)} caractères ; le bac à sable en lit au plus ${n(max)}. Validez les entrées plus grandes avec iom validate.`,
  tooDeep: (max) =>
    `Le texte s’imbrique sur plus de ${n(max)} niveaux ; aucun type de charge utile n’approche cette profondeur, le bac à sable ne le lit donc pas.`,
  empty: 'Collez d’abord une charge utile : le texte est vide.',
  timedOut: (seconds) => `La validation a été arrêtée : pas de réponse après ${n(seconds)} secondes.`,
  record: (number, line) => `Enregistrement ${n(number)}, ligne ${n(line)}`,
  at: (line, column) => `ligne ${n(line)}, colonne ${n(column)}`,
  recordValid: (kind) => (kind === null ? 'valide' : `${kind} valide`),
  recordInvalid: (kind, issues) => `${kind === null ? 'non valide' : `${kind} non valide`} : ${n(issues)} problème(s)`,
  more: (count) => `${n(count)} autres problèmes ne sont pas affichés.`,
} satisfies PlaygroundMessages;
