// The docs site's own typedoc plugin:
//
// 1. The model reference: one page per payload kind (model-reference.mjs), under "Model reference".
//    A plugin rather than pages written before typedoc runs, because each field's meaning is the JSDoc
//    of the package's explicit type, written once, and typedoc is what reads it: the pages are made
//    once the packages are converted and merged (the project's revive event), from typedoc's own
//    reflections, and each payload schema's page (`TraffickingCase`, the variable and the type) gets a
//    "See" link to its kind's page.
// 2. The playground: the script and styles tools/playground builds are copied into the site, and
//    loaded on the page whose front matter says `playground: true` (docs/playground.md) only.
//
// The kinds, code lists, JSON Schemas and mappings come from the built packages, found the way the
// `iom` command finds them; run after `turbo run build`, like scripts/write-label-docs.mjs.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findCodeLists, findKinds, loadPackages } from '@iom/cli';
import { toJsonSchema } from '@iom/core';
import {
  Application,
  Comment,
  CommentTag,
  DocumentReflection,
  JSX,
  MinimalSourceFile,
  ReflectionKind,
  RendererEvent,
} from 'typedoc';
import { fieldsOf, pathsOf, renderModelPage } from './model-reference.mjs';
import { membersOf, membersOfReflection, summaryOf } from './type-members.mjs';

const root = resolve(import.meta.dirname, '../..');
const generated = join(root, 'docs/generated');
const playgroundDist = join(root, 'tools/playground/dist');
const PLAYGROUND_FILES = ['playground.js', 'playground.css'];
const MODEL_INDEX = 'Model reference';

/**
 * The standard formats each kind's fields map to, from the package that knows the mapping: the HTCDS
 * 2.0 field of each trafficking case field (its privacy classification lists both), and the ninjs
 * property `toNinjs` writes each press release field to.
 */
function counterpartsOf(kind, exportsOf) {
  const kindId = kind.id;
  if (kindId === 'iom.trafficking-case') {
    const trafficking = exportsOf('@iom/trafficking');
    // The classification of the kind's own version: version 1 named some address fields otherwise.
    const classification = trafficking.classificationOf?.(kind.version) ?? trafficking.FIELD_CLASSIFICATION ?? [];
    return {
      note: 'its HTCDS 2.0 field where HTCDS has one',
      counterparts: new Map(
        classification
          .filter((entry) => entry.htcds !== undefined)
          .map((entry) => [entry.path, { standard: 'HTCDS 2.0', name: `\`${entry.htcds}\`` }]),
      ),
      privacy: new Map(classification.map((entry) => [entry.path, entry.class])),
    };
  }
  if (kindId === 'iom.press-release') {
    const fields = exportsOf('@iom/press').NINJS_FIELDS ?? [];
    return {
      note: 'the ninjs 3.1 property `toNinjs` writes it to',
      counterparts: new Map(
        fields.map((field) => [
          field.path,
          // Entries are plain text: `<` and `>` would read as HTML in the page's Markdown.
          { standard: 'ninjs', name: `\`${field.property}\`${field.entries ? ` (${escapeHtml(field.entries)})` : ''}` },
        ]),
      ),
      privacy: undefined,
    };
  }
  return { note: undefined, counterparts: new Map(), privacy: undefined };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The first payload of each kind in the repository's examples/ folder (a document, or NDJSON's first line). */
function examplesByKind() {
  const dir = join(root, 'examples');
  const byKind = new Map();
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(?:json|ndjson)$/.test(name),
  );
  for (const name of names.sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      value = JSON.parse(text.split('\n', 1)[0]);
    }
    const kind = value?.$kind;
    if (typeof kind === 'string' && !byKind.has(kind)) byKind.set(kind, { name, value });
  }
  return byKind;
}

/** The reflection named `name` of kind `kinds` in the module of `packageName` (or its entry modules). */
function findExport(project, packageName, name, kinds) {
  const module = project.children?.find((child) => child.name === packageName);
  if (module === undefined) return undefined;
  const queue = [module];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const child of current.children ?? []) {
      if (child.name === name && child.kindOf(kinds)) return child;
      if (child.kindOf(ReflectionKind.Module)) queue.push(child);
    }
  }
  return undefined;
}

/** Sets the target of every `{@link iom-ref:…}` of a document (and its children) from `targets`. */
function resolveRefs(document, targets, logger) {
  for (const part of document.content) {
    if (part.kind !== 'inline-tag' || !part.text.trim().startsWith('iom-ref:')) continue;
    const [ref, label] = part.text.split('|').map((piece) => piece.trim());
    const target = targets.get(ref.slice('iom-ref:'.length));
    if (target === undefined) {
      logger.warn(`model reference: ${document.name} links to ${ref}, which is unknown`);
      continue;
    }
    part.target = target.reflection ?? target.url;
    part.text = label ?? target.text;
  }
  for (const child of document.children ?? []) resolveRefs(child, targets, logger);
}

/** Appends a `@see` tag holding one link to `reflection`'s comment (creating it when there is none). */
function addSee(reflection, text, target) {
  reflection.comment ??= new Comment();
  reflection.comment.blockTags.push(new CommentTag('@see', [{ kind: 'inline-tag', tag: '@link', text, target }]));
}

/** @param {Application} app */
export async function load(app) {
  // Loaded here, where waiting is allowed: typedoc's events are synchronous.
  const { packages, skipped } = await loadPackages();
  for (const { name, reason } of skipped) app.logger.warn(`typedoc-plugin: cannot load ${name}: ${reason}`);
  const exportsOf = (name) => packages.find((pkg) => pkg.name === name)?.exports ?? {};
  const lists = findCodeLists(packages);
  const kinds = findKinds(packages).map(({ kind, packageName }) => {
    const exports = exportsOf(packageName);
    const schemaName = Object.keys(exports).find((key) => exports[key] === kind.schema && /^[A-Z]/.test(key));
    return { kind, packageName, schemaName, jsonSchema: toJsonSchema(kind) };
  });
  const examples = examplesByKind();
  /** Pages made, by kind ref, for the `@see` links and the renderer. */
  const pages = new Map();

  app.on(
    Application.EVENT_PROJECT_REVIVE,
    (project) => {
      const dir = join(generated, 'models');
      mkdirSync(dir, { recursive: true });
      const children = {};
      const refs = new Map();
      for (const { kind, packageName, schemaName, jsonSchema } of kinds) {
        const type = findExport(project, packageName, schemaName, ReflectionKind.TypeAlias | ReflectionKind.Interface);
        const variable = findExport(project, packageName, schemaName, ReflectionKind.Variable);
        if (type === undefined || variable === undefined) {
          app.logger.warn(`model reference: no type and schema named ${schemaName} in ${packageName} for ${kind.ref}`);
          continue;
        }
        const context = { lists, packageName, missingDocs: [] };
        const members = type.children?.length ? membersOfReflection(type) : membersOf(type.type);
        const fields = fieldsOf(jsonSchema, members, '', context);
        for (const path of context.missingDocs)
          app.logger.warn(`model reference: ${kind.ref} field ${path} has no doc on ${schemaName}'s type`);
        const { note, counterparts, privacy } = counterpartsOf(kind, exportsOf);
        const paths = new Set(pathsOf(fields));
        for (const path of [...counterparts.keys(), ...(privacy?.keys() ?? [])]) {
          // A mapping that names a field the schema does not have is out of date.
          if (!paths.has(path) && path !== '$kind')
            app.logger.warn(`model reference: ${kind.ref} maps ${path}, which is not a field of its schema`);
        }
        const schemaFile = `${kind.id}.v${kind.version}.json`;
        const markdown = renderModelPage({
          kind,
          packageName,
          schemaName,
          summary: summaryOf(variable.comment),
          fields,
          jsonSchema,
          schemaFile,
          example: examples.get(kind.ref),
          counterparts,
          counterpartNote: note,
          privacy,
        });
        const file = `${kind.id}.md`;
        writeFileSync(join(dir, file), markdown);
        children[kind.title.en] = `models/${file}`;
        refs.set(`${kind.ref}/schema`, { reflection: variable, text: schemaName });
        refs.set(`${kind.ref}/schema-file`, { url: `../assets/schemas/${schemaFile}`, text: schemaFile });
        pages.set(kind.ref, { kind, type, variable, jsonSchema, schemaFile });
      }
      // The index page, whose front matter makes the kinds' pages its children.
      const list = kinds.map(({ kind }) => `- [${kind.title.en}](./models/${kind.id}.md): \`${kind.ref}\``).join('\n');
      const index = `---\ntitle: ${MODEL_INDEX}\nchildren:\n${Object.entries(children)
        .map(([title, path]) => `  ${JSON.stringify(title)}: ${JSON.stringify(path)}`)
        .join(
          '\n',
        )}\n---\n\n# ${MODEL_INDEX}\n\nThe payload kinds field by field, for people who know the domain: each field's type in words, whether it is required, its meaning, its codes with their labels in English, French and Spanish, its counterpart in HTCDS or ninjs where there is one, and for trafficking cases its privacy class; then the kind's JSON Schema and an example. Try a payload in the [playground](../playground.md).\n\n${list}\n`;
      const indexPath = join(generated, 'model-reference.md');
      writeFileSync(indexPath, index);
      app.converter.addDocument(project, new MinimalSourceFile(index, indexPath), MODEL_INDEX);
      const indexDocument = project.documents?.find((document) => document.name === MODEL_INDEX);
      if (indexDocument === undefined) {
        app.logger.error('model reference: the index page was not added');
        return;
      }
      resolveRefs(indexDocument, refs, app.logger);
      for (const page of pages.values()) {
        const document = indexDocument.children?.find((child) => child.name === page.kind.title.en);
        if (!(document instanceof DocumentReflection)) {
          app.logger.error(`model reference: no page for ${page.kind.ref}`);
          continue;
        }
        const text = `Model reference: ${page.kind.title.en}`;
        addSee(page.variable, text, document);
        addSee(page.type, text, document);
      }
    },
    // Before typedoc's own revive listeners (grouping -100, categories -200, links -300) see the project.
    100,
  );

  // The playground's files and the JSON Schemas, into the site.
  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, 'assets');
    mkdirSync(join(assets, 'playground'), { recursive: true });
    for (const file of PLAYGROUND_FILES) {
      try {
        copyFileSync(join(playgroundDist, file), join(assets, 'playground', file));
      } catch {
        app.logger.error(
          `typedoc-plugin: ${join('tools/playground/dist', file)} is missing: build @iom/playground first`,
        );
      }
    }
    mkdirSync(join(assets, 'schemas'), { recursive: true });
    for (const { jsonSchema, schemaFile } of pages.values())
      writeFileSync(join(assets, 'schemas', schemaFile), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  });
  const isPlayground = (context) => context.page.model?.frontmatter?.playground === true;
  app.renderer.hooks.on('head.end', (context) =>
    isPlayground(context)
      ? JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/playground/playground.css') })
      : JSX.createElement(JSX.Fragment, null),
  );
  app.renderer.hooks.on('body.end', (context) =>
    isPlayground(context)
      ? JSX.createElement('script', { src: context.relativeURL('assets/playground/playground.js'), defer: true })
      : JSX.createElement(JSX.Fragment, null),
  );
}
