import type { PlaygroundMessages } from './types.js';

const n = (value: number) => value.toLocaleString('es');

/** Spanish. */
export const es = {
  validOne: (kind) => `Válido: esta carga útil ${kind} pasa todas las comprobaciones.`,
  validAll: (records) => `Válido: los ${n(records)} registros pasan todas las comprobaciones.`,
  invalidOne: (kind, issues) =>
    `No válido: ${kind === null ? 'esta carga útil' : `esta carga útil ${kind}`} tiene ${n(issues)} problema${issues === 1 ? '' : 's'}.`,
  someInvalid: (invalid, records) => `${n(invalid)} de ${n(records)} registros no son válidos.`,
  tooLarge: (length, max) =>
    `El texto tiene ${n(length)} caracteres; el entorno de pruebas lee como máximo ${n(max)}. Valide entradas más grandes con iom validate.`,
  tooDeep: (max) =>
    `El texto se anida en más de ${n(max)} niveles; ningún tipo de carga útil se acerca a esa profundidad, así que el entorno de pruebas no lo lee.`,
  empty: 'Pegue primero una carga útil: el texto está vacío.',
  timedOut: (seconds) => `La validación se detuvo: sin respuesta tras ${n(seconds)} segundos.`,
  record: (number, line) => `Registro ${n(number)}, línea ${n(line)}`,
  at: (line, column) => `línea ${n(line)}, columna ${n(column)}`,
  recordValid: (kind) => (kind === null ? 'válido' : `${kind} válido`),
  recordInvalid: (kind, issues) => `${kind === null ? 'no válido' : `${kind} no válido`}: ${n(issues)} problema(s)`,
  more: (count) => `No se muestran ${n(count)} problemas más.`,
} satisfies PlaygroundMessages;
