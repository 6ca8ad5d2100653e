import type { CompatibilityMode } from '@iom/core';
import { classify, type JsonSchema, type SchemaChange } from './classify.js';

/** A change that breaks the contract, and which way. */
export interface ContractBreak extends SchemaChange {
  /**
   * `backward`: payloads valid under the frozen schema are refused by the current one;
   * `forward`: payloads valid under the current schema are refused by the frozen one.
   */
  readonly direction: 'backward' | 'forward';
}

/**
 * The changes from a version's frozen schema to its current one that break the version's compatibility
 * mode: `backward` checks that payloads written for the frozen schema stay valid, `forward` that
 * payloads written for the current one are still read by the frozen one, `full` both. A change whose
 * effect is `unknown` breaks too: the check must prove compatibility, not assume it.
 */
export function contractBreaks(frozen: JsonSchema, current: JsonSchema, mode: CompatibilityMode): ContractBreak[] {
  const breaks: ContractBreak[] = [];
  const failing = (change: SchemaChange) => change.verdict !== 'compatible';
  if (mode === 'backward' || mode === 'full') {
    for (const change of classify(frozen, current).filter(failing)) breaks.push({ ...change, direction: 'backward' });
  }
  if (mode === 'forward' || mode === 'full') {
    for (const change of classify(current, frozen).filter(failing)) breaks.push({ ...change, direction: 'forward' });
  }
  return breaks;
}
