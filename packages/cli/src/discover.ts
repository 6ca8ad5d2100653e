import type { ConverterDescriptor, ConverterOption, LabelCatalog, PayloadKind } from '@iom/core';

/**
 * The packages the `iom` command looks into, in dependency order. A package that is not installed
 * (or fails to load) is skipped: the command works with whatever subset an app has.
 */
export const DOMAIN_PACKAGES: readonly string[] = [
  '@iom/core',
  '@iom/contact',
  '@iom/organization',
  '@iom/missions',
  '@iom/press',
  '@iom/trafficking',
];

/** A loaded package: its name and its public exports. */
export interface LoadedPackage {
  /** The package name, `@iom/contact`. */
  readonly name: string;
  /** The package's public exports. */
  readonly exports: Readonly<Record<string, unknown>>;
}

/** A package that could not be loaded, and why (the error's message). */
export interface SkippedPackage {
  /** The package name. */
  readonly name: string;
  /** Why it was skipped. */
  readonly reason: string;
}

/** Imports the named packages through their public entries; packages that fail are skipped. */
export async function loadPackages(
  names: readonly string[] = DOMAIN_PACKAGES,
): Promise<{ packages: LoadedPackage[]; skipped: SkippedPackage[] }> {
  const packages: LoadedPackage[] = [];
  const skipped: SkippedPackage[] = [];
  for (const name of names) {
    try {
      // A computed specifier: the packages are found at run time, so that the command needs no
      // change when a package adds kinds, code lists or converters.
      const exports = (await import(name)) as Record<string, unknown>;
      packages.push({ name, exports });
    } catch (error) {
      skipped.push({ name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { packages, skipped };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether a value looks like a payload kind: string `id`, `ref`, number `version`, `title`, `schema`. */
export function isPayloadKind(value: unknown): value is PayloadKind {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.version === 'number' &&
    typeof value.ref === 'string' &&
    isObject(value.title) &&
    isObject(value.schema) &&
    typeof (value.schema as { safeParse?: unknown }).safeParse === 'function'
  );
}

/** Whether a value looks like a label catalog: an array of `codes` and `labels` in en, fr and es. */
export function isLabelCatalog(value: unknown): value is LabelCatalog<string> {
  if (!isObject(value) || !Array.isArray(value.codes) || !isObject(value.labels)) return false;
  const labels = value.labels;
  return isObject(labels.en) && isObject(labels.fr) && isObject(labels.es);
}

/** A payload kind found in a package. */
export interface FoundKind {
  /** The package that exports it. */
  readonly packageName: string;
  /** The export's name. */
  readonly exportName: string;
  /** The kind. */
  readonly kind: PayloadKind;
}

/**
 * Every payload kind the packages export, every version of each (a kind's `versions`), once per
 * `id@version`, sorted by id and version.
 */
export function findKinds(packages: readonly LoadedPackage[]): FoundKind[] {
  const found = new Map<string, FoundKind>();
  for (const pkg of packages) {
    for (const [exportName, value] of Object.entries(pkg.exports)) {
      if (!isPayloadKind(value)) continue;
      const versions = Array.isArray(value.versions) && value.versions.length > 0 ? value.versions : [value];
      for (const version of versions) {
        // A version exported under its own name keeps that name; the others are found through the latest.
        const named = version === value || !found.has(version.ref);
        if (isPayloadKind(version) && named)
          found.set(version.ref, { packageName: pkg.name, exportName, kind: version });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.kind.id.localeCompare(b.kind.id) || a.kind.version - b.kind.version);
}

/** A code list (label catalog) found in a package. */
export interface CodeList {
  /** The name used on the command line: the export name in kebab case without `Labels`. */
  readonly name: string;
  /** The package that exports it. */
  readonly packageName: string;
  /** Where it is in the package's exports: `PhoneTypeLabels`, or `traffickingLabels.gender`. */
  readonly exportPath: string;
  /** The catalog. */
  readonly catalog: LabelCatalog<string>;
}

/** `PhoneTypeLabels` → `phone-type`; `maritalStatus` → `marital-status`; `CASE_STATUS` → `case-status`. */
export function codeListName(exportName: string): string {
  return exportName
    .replace(/_?labels$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/**
 * Every label catalog the packages export, directly or one level down in an object of catalogs.
 * Names are unique: a name found in two packages is qualified with the package (`contact/role`).
 */
export function findCodeLists(packages: readonly LoadedPackage[]): CodeList[] {
  const lists: CodeList[] = [];
  const seen = new Set<unknown>();
  for (const pkg of packages) {
    for (const [exportName, value] of Object.entries(pkg.exports)) {
      if (isLabelCatalog(value)) {
        if (!seen.has(value))
          lists.push({ name: codeListName(exportName), packageName: pkg.name, exportPath: exportName, catalog: value });
        seen.add(value);
      } else if (isObject(value) && !isPayloadKind(value) && typeof value !== 'function') {
        for (const [key, inner] of Object.entries(value)) {
          if (isLabelCatalog(inner) && !seen.has(inner)) {
            seen.add(inner);
            lists.push({
              name: codeListName(key),
              packageName: pkg.name,
              exportPath: `${exportName}.${key}`,
              catalog: inner,
            });
          }
        }
      }
    }
  }
  const counts = new Map<string, number>();
  for (const list of lists) counts.set(list.name, (counts.get(list.name) ?? 0) + 1);
  return lists
    .map((list) =>
      (counts.get(list.name) ?? 0) > 1
        ? { ...list, name: `${list.packageName.replace(/^@iom\//, '')}/${list.name}` }
        : list,
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

const DIRECTIONS = new Set(['to', 'from']);
const INPUTS = new Set(['record', 'records', 'text']);
const OUTPUTS = new Set(['json', 'text']);
const OPTION_TYPES = new Set(['choice', 'integer', 'date', 'text']);

function isConverterOption(value: unknown): value is ConverterOption {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    typeof value.required === 'boolean' &&
    OPTION_TYPES.has(value.type as string) &&
    isObject(value.description) &&
    (value.type !== 'choice' || (Array.isArray(value.values) && value.values.every((v) => typeof v === 'string')))
  );
}

/**
 * Whether a value looks like a converter descriptor (`@iom/core`'s `ConverterDescriptor`): a `to…` or
 * `from…` name matching its direction, known input and output, kinds, well-formed options and `run`.
 */
export function isConverterDescriptor(value: unknown): value is ConverterDescriptor {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    /^(?:to|from)[A-Z][A-Za-z0-9]*$/.test(value.name) &&
    DIRECTIONS.has(value.direction as string) &&
    value.name.startsWith(value.direction as string) &&
    INPUTS.has(value.input as string) &&
    OUTPUTS.has(value.output as string) &&
    isObject(value.format) &&
    typeof value.format.en === 'string' &&
    Array.isArray(value.kinds) &&
    Array.isArray(value.options) &&
    value.options.every(isConverterOption) &&
    typeof value.run === 'function'
  );
}

/** A converter found in a package: its descriptor and where it comes from. */
export interface FoundConverter {
  /** The package that exports it. */
  readonly packageName: string;
  /** The converter's descriptor: name, input, output, kinds, options and `run`. */
  readonly converter: ConverterDescriptor;
}

/**
 * Every converter the packages describe: each export that is a converter descriptor, or an array of
 * them (`traffickingConverters`), once per name (the first package wins), sorted by name.
 */
export function findConverters(packages: readonly LoadedPackage[]): FoundConverter[] {
  const found = new Map<string, FoundConverter>();
  for (const pkg of packages) {
    for (const value of Object.values(pkg.exports)) {
      const candidates = Array.isArray(value) ? value : [value];
      for (const candidate of candidates) {
        if (isConverterDescriptor(candidate) && !found.has(candidate.name)) {
          found.set(candidate.name, { packageName: pkg.name, converter: candidate });
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.converter.name.localeCompare(b.converter.name));
}
