import { type Locale, PayloadKindRegistry } from '@iom/core';
import {
  type CodeList,
  type FoundConverter,
  type FoundKind,
  findCodeLists,
  findConverters,
  findKinds,
  type LoadedPackage,
} from './discover.js';
import type { CliIo } from './io.js';
import { CLI_MESSAGES } from './messages/index.js';
import type { CliMessages } from './messages/types.js';

/** What every command works with: the streams, the locale and what the packages export. */
export interface CommandContext {
  /** The streams. */
  readonly io: CliIo;
  /** The locale of messages. */
  readonly locale: Locale;
  /** The command's own messages in that locale. */
  readonly messages: CliMessages;
  /** The payload kinds found. */
  readonly kinds: readonly FoundKind[];
  /** A registry of those kinds. */
  readonly registry: PayloadKindRegistry;
  /** The code lists found. */
  readonly codeLists: readonly CodeList[];
  /** The converters found. */
  readonly converters: readonly FoundConverter[];
  /** Size in bytes from which a file gets a progress bar (on a terminal). */
  readonly progressThreshold: number;
}

/** Builds the context from loaded packages. */
export function createContext(
  io: CliIo,
  locale: Locale,
  packages: readonly LoadedPackage[],
  progressThreshold: number,
): CommandContext {
  const kinds = findKinds(packages);
  return {
    io,
    locale,
    messages: CLI_MESSAGES[locale],
    kinds,
    registry: new PayloadKindRegistry(kinds.map((found) => found.kind)),
    codeLists: findCodeLists(packages),
    converters: findConverters(packages),
    progressThreshold,
  };
}

/** A usage or input error: the command prints the message and exits with code 2. */
export class UsageError extends Error {
  /** A usage error with `message`, shown as is. */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
