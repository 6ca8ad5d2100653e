export {
  applyMutation,
  type Judgement,
  judge,
  type Mutation,
  mutation,
  payloads,
  strictAjv,
  type ZodLike,
} from './differential.js';
export { intlBuiltAtImport } from './import-work.js';
export type { LinearityMeasure, LinearityOptions } from './linear-time.js';
export { expectLinearTime, measureLinearity, timePerCall } from './linear-time.js';
export type { Flat, Mutual } from './types.js';
export { ZOD_ONLY_CODES } from './zod-only-codes.js';
