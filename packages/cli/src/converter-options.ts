import {
  type ConverterDescriptor,
  type ConverterOption,
  type ConverterOptionValues,
  isIsoDate,
  shortenForMessage,
} from '@iom/core';
import { UsageError } from './context.js';
import type { CliMessages } from './messages/types.js';

/** What an option takes, in words: `allowed values: kanon-2020, synthetic-2024`. */
export function allowedText(option: ConverterOption, messages: CliMessages): string {
  switch (option.type) {
    case 'choice':
      return messages.allowedValues((option.values ?? []).join(', '));
    case 'integer':
      return messages.allowedInteger(option.min);
    case 'date':
      return messages.allowedDate;
    case 'text':
      return messages.allowedText;
  }
}

/** What an option takes, as a placeholder: `kanon-2020|synthetic-2024`, `<number>`. */
export function optionPlaceholder(option: ConverterOption, messages: CliMessages): string {
  if (option.type === 'choice') return (option.values ?? []).join('|');
  if (option.type === 'integer' && option.min !== undefined) return `${messages.placeholders.integer}≥${option.min}`;
  return messages.placeholders[option.type];
}

/** The value of `option` read from `text`, or `undefined` when the option does not take it. */
function readValue(option: ConverterOption, text: string): string | number | undefined {
  switch (option.type) {
    case 'choice':
      return option.values?.includes(text) === true ? text : undefined;
    case 'integer': {
      if (!/^[+-]?[0-9]{1,15}$/.test(text)) return undefined;
      const value = Number(text);
      return option.min === undefined || value >= option.min ? value : undefined;
    }
    case 'date':
      return isIsoDate(text) ? text : undefined;
    case 'text':
      return text.trim() === '' ? undefined : text;
  }
}

/**
 * Reads the `-o name=value` arguments given to `converter` and checks them against its options: every
 * name known and given once, every value allowed, every required option present. Integers come out
 * as numbers. Anything else is a {@link UsageError} that names the option and what it takes.
 */
export function readConverterOptions(
  converter: ConverterDescriptor,
  given: readonly string[],
  messages: CliMessages,
): ConverterOptionValues {
  const values: Record<string, string | number> = {};
  for (const argument of given) {
    const equals = argument.indexOf('=');
    if (equals <= 0) throw new UsageError(messages.optionMalformed(shortenForMessage(argument, 64)));
    const name = argument.slice(0, equals).trim();
    const text = argument.slice(equals + 1);
    const option = converter.options.find((candidate) => candidate.name === name);
    if (option === undefined) {
      const known = converter.options.map((candidate) => candidate.name).join(', ') || messages.noOptions;
      throw new UsageError(messages.optionUnknown(converter.name, shortenForMessage(name, 64), known));
    }
    if (Object.hasOwn(values, name)) throw new UsageError(messages.optionRepeated(converter.name, name));
    const value = readValue(option, text);
    if (value === undefined) {
      throw new UsageError(
        messages.optionInvalid(converter.name, name, shortenForMessage(text, 64), allowedText(option, messages)),
      );
    }
    values[name] = value;
  }
  for (const option of converter.options) {
    if (option.required && !Object.hasOwn(values, option.name)) {
      throw new UsageError(messages.optionMissing(converter.name, option.name, allowedText(option, messages)));
    }
  }
  return values;
}
