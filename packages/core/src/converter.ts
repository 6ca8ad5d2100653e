import type { Reading } from './issue.js';
import type { Locale } from './locale.js';

/** Text in English, French and Spanish. */
export interface TrilingualText {
  /** English. */
  readonly en: string;
  /** French. */
  readonly fr: string;
  /** Spanish. */
  readonly es: string;
}

/**
 * One option of a converter, as a program that runs converters by name (the `iom convert` command)
 * offers it: a name, what values it takes, whether it must be given.
 */
export interface ConverterOption {
  /** The option's name, lowercase with dashes: `layout`, `k`, `base-iri`. */
  readonly name: string;
  /** What it does, in English, French and Spanish. */
  readonly description: TrilingualText;
  /**
   * What it takes: `choice` one of {@link ConverterOption.values}; `integer` a whole number, at least
   * {@link ConverterOption.min} when set; `date` a calendar date `YYYY-MM-DD`; `text` any non-empty text.
   */
  readonly type: 'choice' | 'integer' | 'date' | 'text';
  /** The values a `choice` takes. */
  readonly values?: readonly string[];
  /** The smallest value an `integer` takes. */
  readonly min?: number;
  /** Whether it must be given: the converter has no default for it. */
  readonly required: boolean;
  /** What the converter uses when it is not given (for display; the converter applies it). */
  readonly default?: string | number;
}

/** Option values by name, checked against the converter's {@link ConverterOption}s: integers as numbers. */
export type ConverterOptionValues = Readonly<Record<string, string | number>>;

/** What {@link ConverterDescriptor.run} gets besides its input. */
export interface ConverterRunContext {
  /** The locale of the issues (and of display text where the format has one language). */
  readonly locale: Locale;
  /** The options given, each checked against its {@link ConverterOption}. */
  readonly options: ConverterOptionValues;
}

/**
 * A converter described for programs that run converters by name, such as the `iom convert` command:
 * what it reads and writes, the payload kinds it converts and its options, and a uniform way to run it.
 * Each package exports the descriptors of its converters beside the converter functions, which stay
 * the API for code.
 */
export interface ConverterDescriptor {
  /** The converter function's name, also its name on the command line: `toCtdc`. */
  readonly name: string;
  /** `to` writes the foreign format from IOM payloads; `from` reads it. */
  readonly direction: 'to' | 'from';
  /** The foreign format, described: `CTDC rows (JSON objects)`. */
  readonly format: TrilingualText;
  /**
   * What it reads: `record` one JSON value at a time (an IOM payload, or a foreign JSON document);
   * `records` every JSON record of the input at once, as an array; `text` the whole input as text.
   */
  readonly input: 'record' | 'records' | 'text';
  /** What {@link ConverterDescriptor.run} gives: `json` a JSON value, `text` a string. */
  readonly output: 'json' | 'text';
  /**
   * For `to` converters, the payload kinds (`id@version`) it converts: a caller validates each record
   * against one of them first. Empty for `from` converters.
   */
  readonly kinds: readonly string[];
  /** Its options, in the order to show them. */
  readonly options: readonly ConverterOption[];
  /**
   * Runs the converter on `input` (valid payloads of {@link ConverterDescriptor.kinds} for a `to`
   * converter) with checked options: what it built (`undefined` when it built nothing) and its issues.
   */
  run(input: unknown, context: ConverterRunContext): Reading<unknown>;
}

const NAME = /^(?:to|from)[A-Z][A-Za-z0-9]*$/;
const OPTION_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Declares a converter descriptor, checking that its names and options are well formed.
 *
 * @throws TypeError when the name is not `to…`/`from…` matching the direction, an option name is not
 * lowercase with dashes or is repeated, a `choice` has no values, or a default is not one of them: a
 * programming error, caught by the package's own tests.
 */
export function defineConverter<const D extends ConverterDescriptor>(descriptor: D): D {
  if (!NAME.test(descriptor.name) || !descriptor.name.startsWith(descriptor.direction)) {
    throw new TypeError(`Converter name must be ${descriptor.direction}<Format>: ${descriptor.name}`);
  }
  const seen = new Set<string>();
  for (const option of descriptor.options) {
    if (!OPTION_NAME.test(option.name) || seen.has(option.name)) {
      throw new TypeError(`Converter ${descriptor.name}: bad or repeated option name ${option.name}`);
    }
    seen.add(option.name);
    if (option.type === 'choice') {
      const values = option.values ?? [];
      if (values.length === 0 || (option.default !== undefined && !values.includes(String(option.default)))) {
        throw new TypeError(`Converter ${descriptor.name}: option ${option.name} needs values that hold its default`);
      }
    }
  }
  return descriptor;
}
