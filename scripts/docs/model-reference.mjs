// The model reference of a payload kind, for people who know the domain rather than TypeScript: the
// fields as a tree, each with its type in words, whether it is required, its meaning (the JSDoc of
// the explicit type, as typedoc read it), its codes with their labels in English, French and Spanish
// (the packages' label catalogs), its counterpart in a standard format (HTCDS, ninjs) and, where the
// package classifies fields, its privacy class; then the kind's JSON Schema and an example.
//
// The structure comes from the kind's JSON Schema (what is published, required lists included); the
// meanings from the typedoc reflections walked beside it (type-members.mjs).
import { isCountryCode, isSubdivisionCode } from '@iom/core';
import { elementOf, membersOf, summaryOf } from './type-members.mjs';

/**
 * @typedef {object} CodeList       a label catalog found in the packages (`findCodeLists` of @iom/cli)
 * @property {string} name
 * @property {string} packageName
 * @property {{ codes: readonly string[], labels: Record<'en'|'fr'|'es', Record<string, string>> }} catalog
 *
 * @typedef {object} Codes          the codes a field allows
 * @property {readonly string[]} values
 * @property {CodeList | undefined} list   the catalog that labels them, when one does
 *
 * @typedef {object} Field
 * @property {string} name
 * @property {string} path          dotted, `[]` for each list element (`perpetrators[].roles`)
 * @property {boolean} required
 * @property {string} type          in words
 * @property {string} doc           Markdown; '' when the field has no doc
 * @property {Codes | undefined} codes
 * @property {Field[]} children
 *
 * @typedef {object} Counterpart    a field's place in a standard format
 * @property {string} standard      `HTCDS 2.0`
 * @property {string} name          `prs_Gender`
 */

const LOCALE_NAMES = { en: 'English', fr: 'Français', es: 'Español' };

/** Field classes of `@iom/trafficking` (FieldClass) in words, as its README table writes them. */
const CLASS_WORDS = {
  directIdentifier: 'direct identifier',
  quasiIdentifier: 'quasi-identifier',
  sensitive: 'sensitive',
  other: 'other',
};

/** Code lists open by default up to this many codes; longer ones fold. */
const OPEN_UP_TO = 12;

/** A table cell: pipes and line breaks would break the Markdown table. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/**
 * The catalog that labels `values`: one holding them all, the smallest, from `packageName` first.
 * @param {readonly string[]} values
 * @param {readonly CodeList[]} lists
 * @param {string} packageName
 * @returns {CodeList | undefined}
 */
export function catalogFor(values, lists, packageName) {
  const holding = lists.filter((list) => {
    const codes = new Set(list.catalog.codes);
    return values.every((value) => codes.has(value));
  });
  holding.sort(
    (a, b) =>
      a.catalog.codes.length - b.catalog.codes.length ||
      Number(b.packageName === packageName) - Number(a.packageName === packageName),
  );
  return holding[0];
}

/** The codes of an enum, described. */
function enumType(values, context) {
  if (values.length > 100 && values.every((value) => isCountryCode(value)))
    return { words: 'country code (ISO 3166-1 alpha-2: `EC`, `FR`)' };
  if (values.length > 100 && values.every((value) => isSubdivisionCode(value)))
    return { words: 'subdivision code (ISO 3166-2: `EC-P`, `CO-DC`)' };
  if (values.every((value) => value in LOCALE_NAMES))
    return { words: `language (${values.map((v) => `\`${v}\``).join(', ')})` };
  const list = catalogFor(values, context.lists, context.packageName);
  const words = list === undefined ? `one of ${values.length} codes` : `code from the list \`${list.name}\``;
  return { words, codes: { values, list } };
}

function range(node, unit) {
  const { minimum: min, maximum: max } = node;
  if (min !== undefined && max !== undefined) return `${min} to ${max}${unit}`;
  if (min !== undefined) return `${min} or more${unit}`;
  if (max !== undefined) return `${max} or less${unit}`;
  return '';
}

/**
 * The type of a JSON Schema node in words, its codes, and the object schemas whose properties are its
 * children (an object, a list of objects, an alternative that is an object).
 * @returns {{ words: string, codes?: Codes, objects?: object[] }}
 */
function describe(node, context) {
  if (node === undefined || node === true) return { words: 'any value' };
  if (node.const !== undefined) return { words: `always \`${JSON.stringify(node.const)}\`` };
  if (Array.isArray(node.enum)) return enumType(node.enum, context);
  const alternatives = node.anyOf ?? node.oneOf;
  // A partial date (`PartialDate` of @iom/trafficking): a day, or a pattern for a year or a month.
  if (
    Array.isArray(alternatives) &&
    alternatives.some((alternative) => alternative.format === 'date') &&
    alternatives.some((alternative) => alternative.pattern?.startsWith('^\\d{4}(?:-'))
  )
    return { words: 'date as far as known: a day (`2021-03-09`), a month (`2021-03`) or a year (`2021`)' };
  if (Array.isArray(alternatives)) {
    const described = alternatives.map((alternative) => describe({ type: node.type, ...alternative }, context));
    // `date or year or month`: a partial date is a date, or a pattern for a year or a month.
    const words = [...new Set(described.map((d) => d.words))].join(' or ');
    return { words, objects: described.flatMap((d) => d.objects ?? []), codes: described.find((d) => d.codes)?.codes };
  }
  switch (node.type) {
    case 'string': {
      if (node.format === 'date') return { words: 'date (`2024-06-12`)' };
      if (node.format === 'date-time') return { words: 'date and time (ISO 8601: `2024-06-12T09:30:00Z`)' };
      if (node.format === 'email') return { words: 'email address' };
      if (node.format === 'uri') return { words: 'URL' };
      const patterns = [node.pattern, ...(node.allOf ?? []).map((part) => part.pattern)].filter(
        (pattern) => pattern !== undefined && pattern !== '\\S' && !pattern.startsWith('^\\s*(?=\\S)'),
      );
      let words = 'text';
      // Short patterns say something a reader can use (`^\d{2}$`); long ones (a date's) say less than the format.
      if (patterns.length === 1 && patterns[0].length <= 40) words += ` matching \`${patterns[0]}\``;
      if (node.maxLength !== undefined) words += `, at most ${node.maxLength} characters`;
      return { words };
    }
    case 'integer':
      return { words: `whole number${range(node, '') ? `, ${range(node, '')}` : ''}` };
    case 'number':
      return { words: `number${range(node, '') ? `, ${range(node, '')}` : ''}` };
    case 'boolean':
      return { words: '`true` or `false`' };
    case 'array': {
      const item = describe(node.items, context);
      const least = node.minItems > 0 ? `, at least ${node.minItems}` : '';
      const of = item.objects?.length ? 'groups of fields' : item.words;
      return { words: `list of ${of}${least}`, codes: item.codes, objects: item.objects };
    }
    case 'object': {
      const keys = Object.keys(node.properties ?? {});
      if (keys.length > 0 && keys.every((key) => key in LOCALE_NAMES) && node.additionalProperties === false)
        return { words: 'text in English, French and/or Spanish (`{ "en": …, "fr": …, "es": … }`)' };
      if (keys.length > 0) return { words: 'group of fields', objects: [node] };
      const names = node.propertyNames?.enum;
      const answers = node.additionalProperties?.enum;
      if (Array.isArray(names) && Array.isArray(answers)) {
        const list = catalogFor(names, context.lists, context.packageName);
        return {
          words: `checklist: each code${list === undefined ? '' : ` of the list \`${list.name}\``} answered ${answers.map((a) => `\`${a}\``).join(', ')}`,
          codes: { values: names, list },
        };
      }
      if (typeof node.additionalProperties === 'object')
        return { words: `map to ${describe(node.additionalProperties, context).words}` };
      return { words: 'object' };
    }
    default:
      return { words: node.type === undefined ? 'any value' : String(node.type) };
  }
}

/**
 * The fields of an object schema, with their docs from `members` (the explicit type's properties).
 * @param {object} node            a JSON Schema object node
 * @param {Map<string, import('typedoc').DeclarationReflection>} members
 * @param {string} prefix          the parent's path
 * @param {{ lists: readonly CodeList[], packageName: string, missingDocs: string[] }} context
 * @returns {Field[]}
 */
export function fieldsOf(node, members, prefix, context) {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, schema]) => {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const member = members.get(name);
    const doc = summaryOf(member?.comment);
    if (doc === '') context.missingDocs.push(path);
    const described = describe(schema, context);
    const isList = schema.type === 'array';
    const childPrefix = isList ? `${path}[]` : path;
    const childType = isList ? elementOf(member?.type) : member?.type;
    const childMembers = membersOf(childType);
    const children = (described.objects ?? []).flatMap((object) =>
      fieldsOf(object, childMembers, childPrefix, context),
    );
    return { name, path, required: required.has(name), type: described.words, doc, codes: described.codes, children };
  });
}

/** Every path of a tree, depth first. */
export function pathsOf(fields) {
  return fields.flatMap((field) => [field.path, ...pathsOf(field.children)]);
}

function codesTable(codes, indent) {
  const { values, list } = codes;
  const rows = list
    ? ['| Code | English | Français | Español |', '| --- | --- | --- | --- |'].concat(
        values.map(
          (code) =>
            `| \`${cell(code)}\` | ${cell(list.catalog.labels.en[code])} | ${cell(list.catalog.labels.fr[code])} | ${cell(list.catalog.labels.es[code])} |`,
        ),
      )
    : ['| Code |', '| --- |'].concat(values.map((code) => `| \`${cell(code)}\` |`));
  const table = rows.map((row) => `${indent}${row}`).join('\n');
  const summary = `${values.length} code${values.length === 1 ? '' : 's'}${list ? ' with their labels' : ''}`;
  const open = values.length <= OPEN_UP_TO ? ' open' : '';
  return `${indent}<details class="iom-codes"${open}><summary>${summary}</summary>\n\n${table}\n\n${indent}</details>\n`;
}

/**
 * One field and its children as a Markdown list item.
 * @param {Field} field
 * @param {string} indent
 * @param {{ counterparts: Map<string, Counterpart>, privacy: Map<string, string> | undefined }} extras
 */
function renderField(field, indent, extras) {
  const inner = `${indent}  `;
  const facts = [field.required ? '**required**' : 'optional', field.type];
  // One paragraph per field, its lines joined by <br>: name and facts, meaning, counterpart and class.
  const lines = [`<span class="iom-field" id="field-${field.path}">\`${field.name}\`</span> · ${facts.join(' · ')}`];
  if (field.doc !== '') lines.push(field.doc.replace(/\s*\n\s*/g, ' '));
  const notes = [];
  const counterpart = extras.counterparts.get(field.path);
  if (counterpart !== undefined) notes.push(`${counterpart.standard}: ${counterpart.name}`);
  const privacy = extras.privacy?.get(field.path);
  if (privacy !== undefined) notes.push(`privacy: ${CLASS_WORDS[privacy] ?? privacy}`);
  if (notes.length > 0) lines.push(`<span class="iom-field-notes">${notes.join(' · ')}</span>`);
  let out = `${indent}- ${lines.join(`<br>\n${inner}`)}\n`;
  if (field.codes !== undefined) out += `\n${codesTable(field.codes, inner)}`;
  if (field.children.length > 0) {
    out += '\n';
    for (const child of field.children) out += renderField(child, inner, extras);
  }
  return out;
}

/** Lists of plain values longer than this are cut in the JSON Schema shown on a page (the file has them all). */
const SHOWN_CODES = 12;

/** `value` with each long list of plain values cut to its first codes and a note of how many follow. */
export function shortened(value) {
  if (Array.isArray(value)) {
    if (value.length > SHOWN_CODES && value.every((item) => item === null || typeof item !== 'object'))
      return [...value.slice(0, 6), `… ${value.length - 6} more`];
    return value.map(shortened);
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shortened(item)]));
  return value;
}

/** JSON with lists of plain values on one line: code lists would otherwise take one line per code. */
export function compactJson(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object'))
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((item) => `${inner}${compactJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const entries = Object.entries(value).map(
      ([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner)}`,
    );
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * The page of one kind, as Markdown for typedoc. `{@link iom-ref:…}` tags are resolved by the plugin.
 * @param {object} page
 * @param {import('@iom/core').PayloadKind} page.kind
 * @param {string} page.packageName
 * @param {string} page.schemaName       the schema's export name (`TraffickingCase`)
 * @param {string} page.summary          the schema's doc, Markdown
 * @param {Field[]} page.fields
 * @param {object} page.jsonSchema
 * @param {string} page.schemaFile       its file name in the package (`iom.trafficking-case.v1.json`)
 * @param {{ name: string, value: unknown } | undefined} page.example
 * @param {Map<string, Counterpart>} page.counterparts
 * @param {string | undefined} page.counterpartNote   what the counterpart column holds, when there is one
 * @param {Map<string, string> | undefined} page.privacy   path → field class
 */
export function renderModelPage(page) {
  const { kind } = page;
  let out = `---\ntitle: ${kind.title.en}\n---\n\n# ${kind.title.en}\n\n`;
  out += `Payload kind \`${kind.ref}\` (${kind.title.fr}; ${kind.title.es}), package \`${page.packageName}\`, `;
  out += `schema {@link iom-ref:${kind.ref}/schema}. A payload names its kind in \`"$kind": "${kind.ref}"\`.\n\n`;
  if (page.summary !== '') out += `${page.summary}\n\n`;
  out += '## Fields\n\n';
  out += 'Each field with whether it is required, its type, its meaning';
  if (page.counterpartNote !== undefined) out += `, ${page.counterpartNote}`;
  if (page.privacy !== undefined)
    out +=
      ', its privacy class (see [Privacy of case data](../../privacy.md): direct identifiers never leave the case management system, quasi-identifiers are generalised at export, sensitive fields are kept for research)';
  out += ' and, for coded fields, every code with its label in English, French and Spanish.\n\n';
  out += '<div class="iom-model">\n\n';
  for (const field of page.fields)
    out += renderField(field, '', { counterparts: page.counterparts, privacy: page.privacy });
  out += '\n</div>\n\n';
  out += '## JSON Schema\n\n';
  out += `The JSON Schema (draft 2020-12) of \`${kind.ref}\`, generated from the zod schema: `;
  out += `\`${page.packageName}/schemas/${page.schemaFile}\` in the package, or {@link iom-ref:${kind.ref}/schema-file | download it}; `;
  out += `\`iom schema ${kind.ref}\` prints it too.\n\n`;
  out += `Shown here with lists of more than ${SHOWN_CODES} codes cut after six (\`"… 243 more"\`); the file has them all.\n\n`;
  out += `<details class="iom-json-schema"><summary>${page.schemaFile}</summary>\n\n\`\`\`json\n${compactJson(shortened(page.jsonSchema))}\n\`\`\`\n\n</details>\n\n`;
  if (page.example !== undefined) {
    out += '## Example\n\n';
    out += `From \`examples/${page.example.name}\` in the repository (synthetic data); load it in the [playground](../../playground.md) to validate it.\n\n`;
    const json = JSON.stringify(page.example.value, null, 2);
    const lines = json.split('\n').length;
    // A long example (the IOM structure runs to thousands of lines) folds, as the JSON Schema does.
    out +=
      lines > 150
        ? `<details class="iom-json-schema"><summary>${page.example.name} (${lines} lines)</summary>\n\n\`\`\`json\n${json}\n\`\`\`\n\n</details>\n`
        : `\`\`\`json\n${json}\n\`\`\`\n`;
  }
  return out;
}
