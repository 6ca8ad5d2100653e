import type { TraffickingCaseAnyVersion, TraffickingCaseRecord, TraffickingCaseV1Record } from '../case-record.js';
import { redact } from './redact.js';

/** A key for {@link pseudonymise}: a secret string, raw key bytes, or a WebCrypto HMAC key. */
export type PseudonymKey = string | Uint8Array | CryptoKey;

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto;
  if (crypto?.subtle === undefined) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available');
  return crypto.subtle;
}

/**
 * Imports `key` as an HMAC-SHA-256 WebCrypto key.
 *
 * @throws TypeError when the key is empty or a CryptoKey that is not an HMAC key (a programming error).
 */
export async function importPseudonymKey(key: PseudonymKey): Promise<CryptoKey> {
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) {
    const algorithm = typeof key === 'object' && key !== null ? (key as Partial<CryptoKey>).algorithm : undefined;
    if (algorithm?.name !== 'HMAC')
      throw new TypeError('The pseudonymisation key must be text, bytes or an HMAC CryptoKey');
    return key;
  }
  const bytes = typeof key === 'string' ? encoder.encode(key) : key;
  if (bytes.length === 0) throw new TypeError('The pseudonymisation key must not be empty');
  return subtle().importKey('raw', new Uint8Array(bytes), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The keyed pseudonym of `value` in `domain` (`person`, `case`, `perpetrator`): HMAC-SHA-256 over
 * `domain`, a NUL and `value`, in hexadecimal. The same value and key always give the same pseudonym;
 * without the key it cannot be reversed or recomputed.
 */
export async function pseudonym(key: PseudonymKey, domain: string, value: string): Promise<string> {
  const cryptoKey = await importPseudonymKey(key);
  return hex(await subtle().sign('HMAC', cryptoKey, encoder.encode(`${domain}\u0000${value}`)));
}

/**
 * What identifies the victim for pseudonymisation: the person id when there is one, else the names and
 * birth date, normalised (trimmed, lowercased, NFC). `undefined` when nothing identifies the person.
 */
export function personIdentity(record: TraffickingCaseAnyVersion): string | undefined {
  const person = record.person;
  if (person === undefined) return undefined;
  if (person.id !== undefined) return `id:${person.id}`;
  const parts = [person.firstName, person.middleName, person.secondName, person.birthDate].map((part) =>
    (part ?? '').normalize('NFC').trim().toLowerCase(),
  );
  return parts.some((part) => part !== '') ? `name:${parts.join('\u0000')}` : undefined;
}

/**
 * A pseudonymised copy of `record`: every direct identifier is removed (as {@link redact} does), then the
 * case id, the person id and the perpetrator ids are set to keyed pseudonyms (HMAC-SHA-256 through
 * WebCrypto). The same person and key give the same pseudonym in every record, so records stay linkable
 * by whoever holds the pseudonyms, and nothing can be reversed without the key. Keep the key apart from
 * the data. Records of version 1 (`iom.trafficking-case@1`) are taken too.
 *
 * @throws TypeError when `key` is empty or not an HMAC key.
 */
export async function pseudonymise(record: TraffickingCaseRecord, key: PseudonymKey): Promise<TraffickingCaseRecord>;
/** {@link pseudonymise} of a record of version 1 (`iom.trafficking-case@1`). */
export async function pseudonymise(
  record: TraffickingCaseV1Record,
  key: PseudonymKey,
): Promise<TraffickingCaseV1Record>;
/** {@link pseudonymise} of a record of either version. */
export async function pseudonymise(
  record: TraffickingCaseAnyVersion,
  key: PseudonymKey,
): Promise<TraffickingCaseAnyVersion>;
export async function pseudonymise(
  record: TraffickingCaseAnyVersion,
  key: PseudonymKey,
): Promise<TraffickingCaseAnyVersion> {
  const cryptoKey = await importPseudonymKey(key);
  const result = redact(record);
  if (record.id !== undefined) result.id = await pseudonym(cryptoKey, 'case', record.id);
  const identity = personIdentity(record);
  if (identity !== undefined) result.person = { ...result.person, id: await pseudonym(cryptoKey, 'person', identity) };
  if (record.perpetrators !== undefined && result.perpetrators !== undefined) {
    const perpetrators = result.perpetrators;
    await Promise.all(
      record.perpetrators.map(async (perpetrator, index) => {
        const name = perpetrator.name?.normalize('NFC').trim().toLowerCase();
        const id = perpetrator.id === undefined ? (name ? `name:${name}` : undefined) : `id:${perpetrator.id}`;
        const target = perpetrators[index];
        if (id !== undefined && id !== '' && target !== undefined)
          target.id = await pseudonym(cryptoKey, 'perpetrator', id);
      }),
    );
  }
  return result;
}
