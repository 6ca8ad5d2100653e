import type { Issue, Locale } from '@iom/core';
import { shortenForMessage } from '@iom/core';
import { traffickingIssues } from '../messages/index.js';
import { CTDC_FORMATS, type CtdcFormat } from './columns.js';

/** Whether a `format` option names a CTDC layout: options may come from untyped callers (JSON, a command line). */
export function isCtdcFormat(format: unknown): format is CtdcFormat {
  return (CTDC_FORMATS as readonly unknown[]).includes(format);
}

/** The issue for a `format` option that names no CTDC layout (`ctdc_format_invalid`), at the path `[]`. */
export function ctdcFormatIssue(format: unknown, locale: Locale): Issue {
  return traffickingIssues.issue('ctdc_format_invalid', locale, {
    args: { format: shortenForMessage(String(format), 30), formats: CTDC_FORMATS.join(', ') },
  });
}
