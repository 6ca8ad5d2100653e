import type { ConverterOptionValues, Locale } from '@iom/core';
import type { Segments } from '../convert-record.js';
import type { OlderVersionCount } from '../migrate/notes.js';

/** What a worker is set up to do, sent once as its first message. */
export type TaskSetup =
  | {
      readonly task: 'validate';
      readonly locale: Locale;
      /** The kind every record is validated against (`--kind`), if any. */
      readonly kind: string | undefined;
      /** JSON lines (`--format json`) or text. */
      readonly json: boolean;
    }
  | {
      readonly task: 'convert';
      readonly locale: Locale;
      readonly kind: string | undefined;
      /** The converter's name. */
      readonly converter: string;
      /** Its options, checked. */
      readonly options: ConverterOptionValues;
    };

/** A piece of NDJSON input made of whole lines, numbered from its first line and record. */
export interface BatchRequest {
  /** The batch's number, in input order. */
  readonly id: number;
  /** The input's name, for messages. */
  readonly file: string;
  /** The UTF-8 bytes (their buffer is transferred to the worker). */
  readonly bytes: Uint8Array;
  /** The 1-based line number of the first line. */
  readonly line: number;
  /** The 0-based record number of the first record. */
  readonly index: number;
}

/** What `iom validate` made of a batch. */
export interface ValidateReply {
  readonly id: number;
  /** What to write on stdout, in pieces of at most 64 Ki characters (so that none is a large object). */
  readonly out: readonly string[];
  /** The batch's bytes, given back for the next batches (their buffer is transferred back). */
  readonly input?: Uint8Array;
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
  readonly exit: 0 | 1 | 2;
  /** Valid records of a kind's older version, counted as `iom validate` notes them. */
  readonly older: readonly OlderVersionCount[];
}

/** What `iom convert` made of a batch. */
export interface ConvertReply {
  readonly id: number;
  /** The batch's bytes, given back for the next batches. */
  readonly input?: Uint8Array;
  /** What to write, in order, on stdout (0) and stderr (1). */
  readonly segments: Segments;
  /** False when a record was invalid or gave nothing. */
  readonly ok: boolean;
  /** True when a record was not JSON: the command writes up to there and stops. */
  readonly stop: boolean;
}

/** A batch's reply, or an unexpected failure (described without its message). */
export type BatchReply = ValidateReply | ConvertReply;

/** What a worker is started with: the packages to load, by name, as the main thread loaded them. */
export interface WorkerSetup {
  readonly packages: readonly string[];
}

/** What the main thread posts to a worker: its task (once, first), then batches. */
export type MainMessage =
  | { readonly type: 'setup'; readonly setup: TaskSetup }
  | { readonly type: 'batch'; readonly batch: BatchRequest };

/** What a worker posts: ready once its packages are loaded and its task known, a reply per batch, or a failure. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reply'; readonly reply: BatchReply }
  | { readonly type: 'failed'; readonly id: number | undefined; readonly error: string };
