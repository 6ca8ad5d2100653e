/**
 * The playground page: builds the form inside `#iom-playground` and validates what is pasted in a Web
 * Worker (see `worker.ts`), with the real packages. The form's own words are English, as the rest of
 * the site; the verdicts and issues come in the language chosen.
 */
import type { Locale } from '@iom/core';
import { MAX_LENGTH } from './check-text.js';
import type { Example } from './examples.js';
import { PLAYGROUND_MESSAGES } from './messages/index.js';
import type { KindEntry } from './protocol.js';
import { element, renderReport } from './render.js';
import { CheckClient } from './worker-client.js';

/** The worker's bundled code, embedded by the build. */
declare const __IOM_WORKER_SOURCE__: string;

/** A check that takes longer than this is stopped (a 2 MB text takes well under a second). */
const TIMEOUT_SECONDS = 20;

const LOCALES: readonly { readonly code: Locale; readonly name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
];

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return element('label', 'iom-pg-field', element('span', '', text), control);
}

function option(value: string, text: string): HTMLOptionElement {
  const node = element('option', '', text);
  node.value = value;
  return node;
}

/** Selects line `line` (1-based) of the editor and scrolls it into view. */
function selectLine(editor: HTMLTextAreaElement, line: number): void {
  const text = editor.value;
  let start = 0;
  for (let current = 1; current < line; current++) {
    const end = text.slice(start).search(/\r\n|\r|\n/);
    if (end === -1) break;
    start += end + (text.startsWith('\r\n', start + end) ? 2 : 1);
  }
  const rest = text.slice(start).search(/\r\n|\r|\n/);
  editor.focus();
  editor.setSelectionRange(start, rest === -1 ? text.length : start + rest);
  const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 18;
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Builds the playground in `root`. */
export function mountPlayground(root: HTMLElement): void {
  const kindSelect = element('select', 'iom-pg-kind');
  kindSelect.id = 'iom-pg-kind';
  kindSelect.append(option('', 'From each payload’s $kind'));
  const localeSelect = element('select', 'iom-pg-locale');
  localeSelect.id = 'iom-pg-locale';
  for (const { code, name } of LOCALES) localeSelect.append(option(code, name));
  const exampleSelect = element('select', 'iom-pg-example');
  exampleSelect.id = 'iom-pg-example';
  const load = element('button', 'iom-pg-load', 'Load example');
  load.type = 'button';
  load.id = 'iom-pg-load';
  const editor = element('textarea', 'iom-pg-input');
  editor.id = 'iom-pg-input';
  editor.spellcheck = false;
  editor.rows = 18;
  editor.placeholder = 'Paste a payload: a JSON object, a JSON array of them, or NDJSON (one per line).';
  editor.setAttribute('aria-label', 'Payload');
  const validate = element('button', 'iom-pg-validate', 'Validate');
  validate.type = 'submit';
  validate.id = 'iom-pg-validate';
  const status = element('span', 'iom-pg-status');
  const result = element('div', 'iom-pg-result');
  result.id = 'iom-pg-result';
  result.setAttribute('role', 'status');
  result.setAttribute('aria-live', 'polite');
  const form = element(
    'form',
    'iom-pg-form',
    element(
      'div',
      'iom-pg-controls',
      labelled('Kind', kindSelect),
      labelled('Language of messages', localeSelect),
      labelled('Example', exampleSelect),
      load,
    ),
    editor,
    element(
      'div',
      'iom-pg-actions',
      validate,
      element('span', 'iom-pg-hint', `Ctrl+Enter · up to ${MAX_LENGTH.toLocaleString('en')} characters`),
      status,
    ),
  );
  root.replaceChildren(form, result);

  let examples: readonly Example[] = [];
  const onReady = (kinds: readonly KindEntry[], found: readonly Example[]) => {
    if (kindSelect.options.length > 1) return; // a worker started again after a timeout: the lists are there
    for (const kind of kinds) kindSelect.append(option(kind.ref, `${kind.ref} — ${kind.title.en}`));
    examples = found;
    exampleSelect.replaceChildren(...found.map((example, i) => option(String(i), `${example.kind} · ${example.name}`)));
    root.dataset.ready = 'true';
  };
  const client = new CheckClient(__IOM_WORKER_SOURCE__, TIMEOUT_SECONDS * 1000, onReady);
  client.start();

  let checked = false;
  const run = async () => {
    const locale = localeSelect.value as Locale;
    const text = editor.value;
    // Guarded here too: a text too long is not even copied to the worker.
    if (text.length > MAX_LENGTH) {
      const message = PLAYGROUND_MESSAGES[locale].tooLarge(text.length, MAX_LENGTH);
      renderReport(result, { status: 'refused', reason: 'too_large', message }, '', locale, () => {});
      checked = true;
      return;
    }
    status.textContent = 'Validating…';
    result.setAttribute('aria-busy', 'true');
    const outcome = await client.check({ text, locale, kind: kindSelect.value === '' ? undefined : kindSelect.value });
    if (outcome === undefined) return; // replaced by a later run
    status.textContent = '';
    result.removeAttribute('aria-busy');
    checked = true;
    if (outcome.type === 'report') {
      renderReport(result, outcome.report, text, locale, (line) => selectLine(editor, line));
    } else {
      const message =
        outcome.type === 'timeout' ? PLAYGROUND_MESSAGES[locale].timedOut(TIMEOUT_SECONDS) : outcome.error;
      result.replaceChildren(element('p', 'iom-pg-summary iom-pg-refused', message));
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  // A new language or kind redraws a verdict already shown.
  for (const select of [kindSelect, localeSelect]) {
    select.addEventListener('change', () => {
      if (checked) void run();
    });
  }
  load.addEventListener('click', () => {
    const example = examples[Number(exampleSelect.value)];
    if (example === undefined) return;
    editor.value = example.text;
    kindSelect.value = ''; // the example names its kind
    void run();
  });
}

const root = document.getElementById('iom-playground');
if (root !== null) mountPlayground(root);
