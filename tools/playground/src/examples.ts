import { KIND_FIELD } from '@iom/core';

/** A file of the repository's `examples/` folder, as the build embeds it. */
export interface ExampleFile {
  /** Its path under `examples/`: `contact/contact-point-geneva.json`. */
  readonly name: string;
  /** Its text. */
  readonly text: string;
}

/** An example the page can load: a file and the kind its first payload names. */
export interface Example extends ExampleFile {
  /** `iom.contact-point@1`. */
  readonly kind: string;
}

/**
 * The kind an example file holds: the `$kind` of its first payload (a JSON document, or the first line
 * of NDJSON); `undefined` when it names none.
 */
export function exampleKind(text: string): string | undefined {
  let first: unknown;
  try {
    first = JSON.parse(text);
  } catch {
    try {
      first = JSON.parse(text.split('\n', 1)[0] ?? '');
    } catch {
      return undefined;
    }
  }
  const kind = typeof first === 'object' && first !== null ? (first as Record<string, unknown>)[KIND_FIELD] : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

/** The example files that name a kind, with it, sorted by kind then name. */
export function examplesOf(files: readonly ExampleFile[]): Example[] {
  return files
    .flatMap((file) => {
      const kind = exampleKind(file.text);
      return kind === undefined ? [] : [{ ...file, kind }];
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
