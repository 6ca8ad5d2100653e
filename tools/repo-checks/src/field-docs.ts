import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { dirname, join } from 'node:path/posix';
import ts from 'typescript';

// Each payload schema `X` has an explicit type `X` beside it (zod's inferred types cost thousands of
// type instantiations in every app), so each field's doc is written twice. This check holds the two
// equal, reading the sources as syntax only: no type checker, no build. It follows what the model
// modules write (`z.object`, `.extend`, `.check`, spreads, aliases, imports and re-exports across
// packages, `Omit`/`Pick`, intersections); a paired schema or type it cannot read is reported, never
// skipped in silence.

/** Where the sources come from: the repository, or snippets in a test. Paths are POSIX, relative to one root. */
export interface SourceHost {
  /** The text of a module, or `undefined` when there is no such file. */
  read(file: string): string | undefined;
  /** The module a bare specifier (`@iom/core`, `#date-fns`) names from `fromFile`, or `undefined` (zod, node:…). */
  resolvePackage(specifier: string, fromFile: string): string | undefined;
}

/** A schema and the explicit type of the same name whose fields were compared. */
export interface CheckedPair {
  /** The module that declares both. */
  readonly file: string;
  /** The name of the schema and of the type. */
  readonly name: string;
  /** How many fields the schema has. */
  readonly fields: number;
  /** The name of the input type compared as well (`XInput`), if the module has one. */
  readonly input?: string;
}

/** What {@link checkFieldDocs} found. */
export interface FieldDocReport {
  /** Every pair compared. */
  readonly pairs: CheckedPair[];
  /** The names exported as both a schema and a type where neither is an object (an enum, a format), with why. */
  readonly skipped: string[];
  /** One line per disagreement: a field missing on one side, a field without a doc, two different docs. */
  readonly problems: string[];
}

/**
 * Whether an input type's field doc (`XInput`) agrees with the schema's: the same text, or the same
 * text with a clause saying what a left-out field becomes, in place of its last full stop
 * ("The posts." → "The posts; none when left out.").
 */
export function inputDocAgrees(schemaDoc: string, inputDoc: string): boolean {
  if (inputDoc === schemaDoc) return true;
  if (!schemaDoc.endsWith('.')) return false;
  const stem = schemaDoc.slice(0, -1);
  return inputDoc.startsWith(`${stem}; `) && /^; [^;]* when left out\.$/.test(inputDoc.slice(stem.length));
}

/** A field as one side declares it: its doc (whitespace-normalised; `undefined` when it has none) and where. */
interface Field {
  readonly doc: string | undefined;
  readonly at: string;
}
type Fields = Map<string, Field>;
/** The fields of a schema or a type, or why they could not be read. */
type Reading = { readonly fields: Fields } | { readonly reason: string };

interface Module {
  readonly file: string;
  readonly source: ts.SourceFile;
  readonly consts: Map<string, ts.Expression>;
  readonly types: Map<string, ts.TypeAliasDeclaration | ts.InterfaceDeclaration>;
  readonly exported: Set<string>;
  /** Local name → the module specifier and the name imported (`*` for a namespace import). */
  readonly imports: Map<string, { readonly from: string; readonly name: string }>;
  /** Exported name → the module specifier (`undefined`: this module) and the name there. */
  readonly reexports: Map<string, { readonly from: string | undefined; readonly name: string }>;
  readonly starExports: string[];
}

type Space = 'value' | 'type';
type Found =
  | { readonly module: Module; readonly expression: ts.Expression }
  | { readonly module: Module; readonly declaration: ts.TypeAliasDeclaration | ts.InterfaceDeclaration }
  | { readonly namespace: Module }
  | { readonly external: string };

// Methods that return a schema with the same fields as the one they are called on.
const SAME_FIELDS = new Set([
  'check',
  'superRefine',
  'refine',
  'meta',
  'describe',
  'strict',
  'strip',
  'loose',
  'passthrough',
  'catchall',
  'partial',
  'required',
  'readonly',
  'brand',
  'overwrite',
  'default',
  'prefault',
]);
const OBJECT_FACTORIES = new Set(['object', 'strictObject', 'looseObject']);
// Functions that return the schema they are given (`withJsonSchema` of @iom/core).
const SCHEMA_PASSING = new Set(['withJsonSchema']);
const MAX_DEPTH = 40;

/** The text of a doc comment without its `/** … *\/` frame and leading stars, whitespace collapsed. */
function docText(jsDoc: ts.JSDoc, source: ts.SourceFile): string | undefined {
  const raw = source.text.slice(jsDoc.getStart(source), jsDoc.end);
  const text = raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*(?!\/)/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

function fieldOf(node: ts.Node, module: Module): Field {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  const line = module.source.getLineAndCharacterOfPosition(node.getStart(module.source)).line + 1;
  return { doc: last === undefined ? undefined : docText(last, module.source), at: `${module.file}:${line}` };
}

function propertyName(name: ts.PropertyName | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function merged(readings: Reading[]): Reading {
  const fields: Fields = new Map();
  for (const reading of readings) {
    if ('reason' in reading) return reading;
    for (const [name, field] of reading.fields) fields.set(name, field);
  }
  return { fields };
}

function filtered(reading: Reading, keys: ReadonlySet<string>, keep: boolean): Reading {
  if ('reason' in reading) return reading;
  return { fields: new Map([...reading.fields].filter(([name]) => keys.has(name) === keep)) };
}

function unwrap(expression: ts.Expression): ts.Expression {
  let inner = expression;
  while (
    ts.isParenthesizedExpression(inner) ||
    ts.isAsExpression(inner) ||
    ts.isSatisfiesExpression(inner) ||
    ts.isNonNullExpression(inner)
  ) {
    inner = inner.expression;
  }
  return inner;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Reads the field docs of modules through a {@link SourceHost}, each module parsed once. */
class Reader {
  private readonly modules = new Map<string, Module | undefined>();

  constructor(private readonly host: SourceHost) {}

  module(file: string): Module | undefined {
    if (this.modules.has(file)) return this.modules.get(file);
    const text = this.host.read(file);
    const module = text === undefined ? undefined : parse(file, text);
    this.modules.set(file, module);
    return module;
  }

  private resolveModule(from: Module, specifier: string): Module | undefined {
    if (!specifier.startsWith('.')) {
      const file = this.host.resolvePackage(specifier, from.file);
      return file === undefined ? undefined : this.module(file);
    }
    const base = join(dirname(from.file), specifier);
    const stem = base.replace(/\.[cm]?js$/, '');
    for (const candidate of [`${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, base]) {
      const module = this.module(candidate);
      if (module !== undefined) return module;
    }
    return undefined;
  }

  /** What `name` means inside `module` (its own declaration or an import). */
  lookup(module: Module, name: string, space: Space, depth = 0): Found | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const expression = module.consts.get(name);
    if (space === 'value' && expression !== undefined) return { module, expression };
    const declaration = module.types.get(name);
    if (space === 'type' && declaration !== undefined) return { module, declaration };
    const imported = module.imports.get(name);
    if (imported === undefined) return undefined;
    const target = this.resolveModule(module, imported.from);
    if (target === undefined) return { external: imported.from };
    if (imported.name === '*') return { namespace: target };
    return this.lookupExport(target, imported.name, space, depth + 1);
  }

  /** What `module` exports as `name`, following re-exports. */
  lookupExport(module: Module, name: string, space: Space, depth = 0): Found | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const reexport = module.reexports.get(name);
    if (reexport !== undefined) {
      if (reexport.from === undefined) return this.lookup(module, reexport.name, space, depth + 1);
      const target = this.resolveModule(module, reexport.from);
      return target === undefined
        ? { external: reexport.from }
        : this.lookupExport(target, reexport.name, space, depth + 1);
    }
    const local = module.exported.has(name) ? this.lookup(module, name, space, depth + 1) : undefined;
    if (local !== undefined) return local;
    for (const specifier of module.starExports) {
      const target = this.resolveModule(module, specifier);
      const found = target === undefined ? undefined : this.lookupExport(target, name, space, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private isZod(module: Module, name: string): boolean {
    const found = this.lookup(module, name, 'value');
    return found !== undefined && 'external' in found && found.external === 'zod';
  }

  /** The fields of a zod object schema, however it is built. */
  schemaFields(node: ts.Expression, module: Module, depth = 0): Reading {
    if (depth > MAX_DEPTH) return { reason: 'too many steps' };
    const expression = unwrap(node);
    if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
      const found = this.resolveValue(expression, module);
      if (found !== undefined && 'expression' in found)
        return this.schemaFields(found.expression, found.module, depth + 1);
      return { reason: `\`${expression.getText(module.source)}\` does not lead to a declaration here` };
    }
    if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) {
      const [schema] = expression.arguments;
      if (SCHEMA_PASSING.has(expression.expression.text) && schema !== undefined) {
        return this.schemaFields(schema, module, depth + 1);
      }
      return { reason: `${expression.expression.text}(…) is not read` };
    }
    if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
      const callee = expression.expression;
      const method = callee.name.text;
      const [first] = expression.arguments;
      if (ts.isIdentifier(callee.expression) && this.isZod(module, callee.expression.text)) {
        if (OBJECT_FACTORIES.has(method) && first !== undefined) return this.shapeFields(first, module, depth + 1);
        return { reason: `z.${method}(…) is not an object schema` };
      }
      const base = () => this.schemaFields(callee.expression, module, depth + 1);
      if (SAME_FIELDS.has(method)) return base();
      if ((method === 'extend' || method === 'safeExtend') && first !== undefined) {
        return merged([base(), this.shapeFields(first, module, depth + 1)]);
      }
      if (method === 'merge' && first !== undefined) {
        return merged([base(), this.schemaFields(first, module, depth + 1)]);
      }
      if ((method === 'pick' || method === 'omit') && first !== undefined && ts.isObjectLiteralExpression(first)) {
        const keys = new Set(
          first.properties.map((property) => propertyName(property.name)).filter((k) => k !== undefined),
        );
        return filtered(base(), keys, method === 'pick');
      }
      return { reason: `.${method}(…) is not read` };
    }
    return { reason: `${ts.SyntaxKind[expression.kind]} is not read as a schema` };
  }

  /** The fields of the shape given to `z.object` or `.extend`: an object literal, with spreads, or a const holding one. */
  private shapeFields(node: ts.Expression, module: Module, depth: number): Reading {
    if (depth > MAX_DEPTH) return { reason: 'too many steps' };
    const expression = unwrap(node);
    if (ts.isObjectLiteralExpression(expression)) {
      const readings: Reading[] = [];
      for (const property of expression.properties) {
        if (ts.isSpreadAssignment(property)) {
          readings.push(this.shapeFields(property.expression, module, depth + 1));
          continue;
        }
        const name = propertyName(property.name);
        if (name === undefined) return { reason: `computed key \`${property.getText(module.source)}\`` };
        readings.push({ fields: new Map([[name, fieldOf(property, module)]]) });
      }
      return merged(readings);
    }
    if (ts.isPropertyAccessExpression(expression) && expression.name.text === 'shape') {
      return this.schemaFields(expression.expression, module, depth + 1);
    }
    if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
      const found = this.resolveValue(expression, module);
      if (found !== undefined && 'expression' in found)
        return this.shapeFields(found.expression, found.module, depth + 1);
    }
    return { reason: `shape \`${expression.getText(module.source)}\` is not read` };
  }

  /** `X` or `ns.X` (a namespace import) in value space. */
  private resolveValue(expression: ts.Identifier | ts.PropertyAccessExpression, module: Module): Found | undefined {
    if (ts.isIdentifier(expression)) return this.lookup(module, expression.text, 'value');
    if (!ts.isIdentifier(expression.expression)) return undefined;
    const namespace = this.lookup(module, expression.expression.text, 'value');
    if (namespace === undefined || !('namespace' in namespace)) return undefined;
    return this.lookupExport(namespace.namespace, expression.name.text, 'value');
  }

  /** Whether a type is one zod infers (`z.infer<typeof X>`): its docs are the schema's, nothing to compare. */
  isInferred(node: ts.TypeNode, module: Module): boolean {
    return (
      ts.isTypeReferenceNode(node) &&
      ts.isQualifiedName(node.typeName) &&
      ts.isIdentifier(node.typeName.left) &&
      this.isZod(module, node.typeName.left.text)
    );
  }

  /** The fields of an explicit object type: literals, intersections, aliases, interfaces, `Omit`, `Pick`. */
  typeFields(node: ts.TypeNode, module: Module, depth = 0): Reading {
    if (depth > MAX_DEPTH) return { reason: 'too many steps' };
    if (ts.isParenthesizedTypeNode(node)) return this.typeFields(node.type, module, depth + 1);
    if (ts.isTypeLiteralNode(node)) return this.memberFields(node.members, module);
    if (ts.isIntersectionTypeNode(node))
      return merged(node.types.map((type) => this.typeFields(type, module, depth + 1)));
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(module.source);
      const [first, second] = node.typeArguments ?? [];
      if ((name === 'Omit' || name === 'Pick') && first !== undefined && second !== undefined) {
        const keys = literalKeys(second);
        if (keys === undefined) return { reason: `keys of \`${node.getText(module.source)}\`` };
        return filtered(this.typeFields(first, module, depth + 1), keys, name === 'Pick');
      }
      if ((name === 'Partial' || name === 'Required' || name === 'Readonly') && first !== undefined) {
        return this.typeFields(first, module, depth + 1);
      }
      const found = this.resolveType(node.typeName, module);
      if (found !== undefined && 'declaration' in found)
        return this.declarationFields(found.declaration, found.module, depth);
      return { reason: `type \`${name}\` does not lead to a declaration here` };
    }
    return { reason: `${ts.SyntaxKind[node.kind]} is not an object type` };
  }

  /** The fields of a type alias or an interface. */
  declarationFields(
    declaration: ts.TypeAliasDeclaration | ts.InterfaceDeclaration,
    module: Module,
    depth = 0,
  ): Reading {
    if (declaration.typeParameters !== undefined) return { reason: `generic type \`${declaration.name.text}\`` };
    if (ts.isTypeAliasDeclaration(declaration)) return this.typeFields(declaration.type, module, depth + 1);
    const readings: Reading[] = [];
    for (const clause of declaration.heritageClauses ?? []) {
      for (const base of clause.types) {
        const expression = base.expression;
        if (!ts.isIdentifier(expression)) return { reason: `base \`${base.getText(module.source)}\`` };
        const found = this.lookup(module, expression.text, 'type');
        if (found === undefined || !('declaration' in found)) return { reason: `base \`${expression.text}\`` };
        readings.push(this.declarationFields(found.declaration, found.module, depth + 1));
      }
    }
    readings.push(this.memberFields(declaration.members, module));
    return merged(readings);
  }

  private memberFields(members: ts.NodeArray<ts.TypeElement>, module: Module): Reading {
    const fields: Fields = new Map();
    for (const member of members) {
      const name = propertyName(member.name);
      if (name === undefined) return { reason: `member \`${member.getText(module.source)}\`` };
      fields.set(name, fieldOf(member, module));
    }
    return { fields };
  }

  private resolveType(name: ts.EntityName, module: Module): Found | undefined {
    if (ts.isIdentifier(name)) return this.lookup(module, name.text, 'type');
    if (!ts.isIdentifier(name.left)) return undefined;
    const namespace = this.lookup(module, name.left.text, 'value');
    if (namespace === undefined || !('namespace' in namespace)) return undefined;
    return this.lookupExport(namespace.namespace, name.right.text, 'type');
  }
}

/** `'a' | 'b'` as a set of keys, or `undefined` for anything else. */
function literalKeys(node: ts.TypeNode): Set<string> | undefined {
  const parts = ts.isUnionTypeNode(node) ? node.types : [node];
  const keys = new Set<string>();
  for (const part of parts) {
    if (!ts.isLiteralTypeNode(part) || !ts.isStringLiteral(part.literal)) return undefined;
    keys.add(part.literal.text);
  }
  return keys;
}

function parse(file: string, text: string): Module {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const module: Module = {
    file,
    source,
    consts: new Map(),
    types: new Map(),
    exported: new Set(),
    imports: new Map(),
    reexports: new Map(),
    starExports: [],
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
        module.consts.set(declaration.name.text, declaration.initializer);
        if (isExported(statement)) module.exported.add(declaration.name.text);
      }
    } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      module.types.set(statement.name.text, statement);
      if (isExported(statement)) module.exported.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = statement.moduleSpecifier.text;
      const bindings = statement.importClause?.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings))
        module.imports.set(bindings.name.text, { from, name: '*' });
      if (bindings !== undefined && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          module.imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
        }
      }
      const defaultName = statement.importClause?.name;
      if (defaultName !== undefined) module.imports.set(defaultName.text, { from, name: 'default' });
    } else if (ts.isExportDeclaration(statement)) {
      const from =
        statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const clause = statement.exportClause;
      if (clause === undefined && from !== undefined) module.starExports.push(from);
      if (clause !== undefined && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          module.reexports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
        }
      }
    }
  }
  return module;
}

function compare(
  pair: string,
  schema: Fields,
  type: Fields,
  typeName: string,
  agrees: (schemaDoc: string, typeDoc: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const [field, declared] of schema) {
    const typed = type.get(field);
    if (declared.doc === undefined) problems.push(`${pair}.${field}: no doc on the schema's field (${declared.at})`);
    if (typed === undefined) {
      problems.push(`${pair}.${field}: on the schema (${declared.at}), not on type ${typeName}`);
      continue;
    }
    if (typed.doc === undefined) problems.push(`${pair}.${field}: no doc on type ${typeName}'s field (${typed.at})`);
    else if (declared.doc !== undefined && !agrees(declared.doc, typed.doc)) {
      problems.push(
        `${pair}.${field}: the docs differ\n  schema (${declared.at}): ${declared.doc}\n  ${typeName} (${typed.at}): ${typed.doc}`,
      );
    }
  }
  for (const [field, typed] of type) {
    if (!schema.has(field)) problems.push(`${pair}.${field}: on type ${typeName} (${typed.at}), not on the schema`);
  }
  return problems;
}

/**
 * Pairs every exported schema `X` of `files` with the exported type `X` of the same module (and
 * `XInput`, when the module has one), and compares their fields: the same names, each with a doc,
 * the same doc on both sides (an input type may add what a left-out field becomes: {@link inputDocAgrees}).
 * A name whose schema and type are neither objects (an enum, a string format) is not a pair.
 */
export function checkFieldDocs(files: readonly string[], host: SourceHost): FieldDocReport {
  const reader = new Reader(host);
  const pairs: CheckedPair[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const module = reader.module(file);
    if (module === undefined) {
      problems.push(`${file}: not found`);
      continue;
    }
    for (const [name, expression] of module.consts) {
      const declaration = module.types.get(name);
      if (!module.exported.has(name) || declaration === undefined) continue;
      const pair = `${file} ${name}`;
      if (ts.isTypeAliasDeclaration(declaration) && reader.isInferred(declaration.type, module)) continue;
      const schema = reader.schemaFields(expression, module);
      const type = reader.declarationFields(declaration, module);
      if ('reason' in schema && 'reason' in type) {
        skipped.push(`${pair}: ${schema.reason}; ${type.reason}`);
        continue;
      }
      if ('reason' in schema) {
        problems.push(`${pair}: type ${name} has fields, but the schema cannot be read (${schema.reason})`);
        continue;
      }
      if ('reason' in type) {
        problems.push(`${pair}: the schema has fields, but type ${name} cannot be read (${type.reason})`);
        continue;
      }
      problems.push(...compare(pair, schema.fields, type.fields, name, (a, b) => a === b));
      const inputName = `${name}Input`;
      const inputDeclaration = module.types.get(inputName);
      if (inputDeclaration !== undefined && module.exported.has(inputName)) {
        const input = reader.declarationFields(inputDeclaration, module);
        if ('reason' in input) problems.push(`${pair}: type ${inputName} cannot be read (${input.reason})`);
        else problems.push(...compare(pair, schema.fields, input.fields, inputName, inputDocAgrees));
        pairs.push({ file, name, fields: schema.fields.size, input: inputName });
      } else {
        pairs.push({ file, name, fields: schema.fields.size });
      }
    }
  }
  return { pairs, skipped, problems };
}

type Conditions = string | { readonly [condition: string]: Conditions } | null;

/** The source file a package.json `exports`/`imports` entry names under the `@iom/source` condition. */
function sourceEntry(entry: Conditions | undefined): string | undefined {
  if (entry === undefined || entry === null) return undefined;
  if (typeof entry === 'string') return entry.endsWith('.ts') ? entry : undefined;
  const source = entry['@iom/source'];
  return typeof source === 'string' ? source : undefined;
}

/**
 * The non-test modules of every package under `root/packages`, and a host that reads them and
 * resolves `@iom/…` and `#…` specifiers through each package's `@iom/source` condition.
 */
export function repositorySources(root: string): { files: string[]; host: SourceHost } {
  const packages = readdirSync(join(root, 'packages')).filter((name) =>
    existsSync(join(root, 'packages', name, 'package.json')),
  );
  const manifests = packages.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
      name: string;
      exports?: Record<string, Conditions>;
      imports?: Record<string, Conditions>;
    };
    return { dir: `packages/${dir}`, ...manifest };
  });
  const files = manifests.flatMap(({ dir }) =>
    readdirSync(join(root, dir, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !/\.test(?:-d)?\.ts$/.test(file) && !file.endsWith('.d.ts'))
      .map((file) => `${dir}/src/${file.split(sep).join('/')}`)
      .sort(),
  );
  const host: SourceHost = {
    read: (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined),
    resolvePackage(specifier, fromFile) {
      if (specifier.startsWith('#')) {
        const owner = manifests.find(({ dir }) => fromFile.startsWith(`${dir}/`));
        const entry = sourceEntry(owner?.imports?.[specifier]);
        return owner === undefined || entry === undefined ? undefined : join(owner.dir, entry);
      }
      const owner = manifests.find(({ name }) => specifier === name || specifier.startsWith(`${name}/`));
      if (owner === undefined) return undefined;
      const entry = sourceEntry(owner.exports?.[`.${specifier.slice(owner.name.length)}`]);
      return entry === undefined ? undefined : join(owner.dir, entry);
    },
  };
  return { files, host };
}
