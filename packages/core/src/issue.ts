import type * as z from 'zod';
import type { Locale } from './locale.js';

/** A segment of an {@link Issue}'s path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * One problem found in a payload, in the same shape everywhere in the IOM packages: from schemas,
 * cross-field rules, lenient readers and the `iom` command.
 *
 * - `path` locates the value (`['contacts', 0, 'phones', 1]`), `[]` for the payload itself;
 * - `code` is stable and documented, meant for programs (`country_code_unknown`, `invalid_type`);
 * - `message` is for people, in the locale the caller asked for.
 *
 * A message never repeats the value it complains about unless the value is a code (such as a
 * country code): payloads may hold personal data.
 */
export interface Issue {
  /** Where the problem is, from the payload's root. */
  readonly path: readonly PathSegment[];
  /** A stable machine code. */
  readonly code: string;
  /** A sentence for people, in the caller's locale. */
  readonly message: string;
}

/**
 * What a lenient reader (an importer from a foreign format, a parser of free text) returns: the value
 * it could build, and every issue it met: what it guessed, repaired, dropped or could not read.
 */
export interface Reading<T> {
  /** What could be built from the input. */
  readonly value: T;
  /** Everything guessed, repaired, dropped or not read, in the caller's locale. */
  readonly issues: readonly Issue[];
}

/**
 * A message argument written differently in each locale: a date spelled out ("on 1 January 2024",
 * "le 1er janvier 2024"), or a word of the message's own language. Rules that run inside a schema do not
 * know the caller's locale, so they give every locale's form and the message picks its own.
 */
export type LocalizedArg = { readonly [L in Locale]: string };

/** One argument of a message: text, a number, or text per locale. */
export type MessageArg = string | number | LocalizedArg;

/** Arguments interpolated into a message template: `{name}` in the template takes `args.name`. */
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** Message templates for a set of issue codes in one locale. */
export type IssueTemplates<Code extends string> = { readonly [K in Code]: string };

/**
 * Issue codes with their message templates in English, French and Spanish. Build one with
 * {@link defineIssues}; a missing or extra code in any locale is a compile-time error.
 */
export interface IssueCatalog<Code extends string> {
  /** The templates, per locale. */
  readonly templates: { readonly [L in Locale]: IssueTemplates<Code> };
  /** The message of `code` in `locale`, with `args` filled in. */
  message(code: Code, locale: Locale, args?: MessageArgs): string;
  /**
   * The second argument of a zod `.refine()` for this code: an English message (zod's own output)
   * plus the params {@link formatIssues} reads to give the message in any locale.
   */
  refinement(code: Code, args?: MessageArgs): { message: string; params: IssueParams };
  /**
   * A zod check for `.check()` that fails with `code` when `test(value)` is false: the same issue as
   * `.refine(test, refinement(code, args))`, cheaper on failing values (the issue's message and params
   * are built once, not per failure, and zod's object spread per issue is avoided).
   *
   * @example
   * z.string().check(issues.check(isPhone, 'phone_invalid'));
   */
  check<T>(test: (value: T) => boolean, code: Code, args?: MessageArgs): z.core.CheckFn<T>;
  /** A zod custom issue for `ctx.addIssue()` in a `.superRefine()`, at `path` below the value checked. */
  custom(
    code: Code,
    options?: { args?: MessageArgs; path?: readonly PathSegment[] },
  ): { code: 'custom'; message: string; params: IssueParams; path: PathSegment[] };
  /** An {@link Issue} in `locale`, for lenient readers and cross-field rules that work without zod. */
  issue(code: Code, locale: Locale, options?: { args?: MessageArgs; path?: readonly PathSegment[] }): Issue;
}

/**
 * The params that IOM custom issues carry inside a zod issue: the stable code and the message
 * already rendered in every locale, so that {@link formatIssues} needs no global registry.
 */
export interface IssueParams {
  /** The stable issue code. */
  readonly code: string;
  /** The message in each locale. */
  readonly messages: { readonly [L in Locale]: string };
  /** The arguments the messages were rendered with. */
  readonly args?: MessageArgs;
}

/**
 * Renders a message template in `locale`: each `{name}` takes `args.name` (its `locale` form when it is a
 * {@link LocalizedArg}); a placeholder without an argument stays as written, so a missing argument shows
 * up in tests instead of vanishing.
 */
export function renderTemplate(template: string, args?: MessageArgs, locale: Locale = 'en'): string {
  if (args === undefined) return template;
  const parts = templateParts(template);
  // parts alternate: text, placeholder name, text, …, text.
  let out = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    const value = Object.hasOwn(args, name) ? args[name] : undefined;
    out += value === undefined ? `{${name}}` : typeof value === 'object' ? value[locale] : String(value);
    out += parts[index + 1] as string;
  }
  return out;
}

/**
 * Templates split once at their placeholders: issues are rendered on every failing parse, and a
 * regex replace per message was most of the cost of building one. Templates come from the packages'
 * catalogs (a few hundred), so the cache stays small; the cap keeps other callers from growing it.
 */
const TEMPLATE_PARTS = new Map<string, readonly string[]>();
const TEMPLATE_PARTS_CAP = 2048;

function templateParts(template: string): readonly string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (TEMPLATE_PARTS.size < TEMPLATE_PARTS_CAP) TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

/**
 * The placeholder names a template uses, sorted: tests use it to prove that every locale of a
 * catalog takes the same arguments.
 */
export function templatePlaceholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''))].sort();
}

/**
 * The messages of one issue, rendered when read. A failed parse of a large payload creates many issues
 * whose French and Spanish messages nobody reads; rendering them lazily keeps invalid payloads cheap.
 * Each locale is rendered at most once, and `JSON.stringify` (through `toJSON`) writes all three.
 */
class RenderedOnRead<Code extends string> implements Readonly<Record<Locale, string>> {
  readonly #templates: { readonly [L in Locale]: IssueTemplates<Code> };
  readonly #code: Code;
  readonly #args: MessageArgs | undefined;
  #rendered: Partial<Record<Locale, string>> | undefined;

  constructor(templates: { readonly [L in Locale]: IssueTemplates<Code> }, code: Code, args: MessageArgs | undefined) {
    this.#templates = templates;
    this.#code = code;
    this.#args = args;
  }

  #render(locale: Locale): string {
    this.#rendered ??= {};
    let text = this.#rendered[locale];
    if (text === undefined) {
      text = renderTemplate(this.#templates[locale][this.#code], this.#args, locale);
      this.#rendered[locale] = text;
    }
    return text;
  }

  get en(): string {
    return this.#render('en');
  }

  get fr(): string {
    return this.#render('fr');
  }

  get es(): string {
    return this.#render('es');
  }

  toJSON(): Record<Locale, string> {
    return { en: this.en, fr: this.fr, es: this.es };
  }
}

/**
 * Defines a package's issue codes with their messages in English, French and Spanish.
 *
 * The English templates fix the set of codes: a code missing from, or added to, the French or Spanish
 * templates fails to compile. Placeholders are written `{name}`.
 *
 * @example
 * const issues = defineIssues({
 *   en: { phone_invalid: 'Not a valid phone number in {country}' },
 *   fr: { phone_invalid: 'Numéro de téléphone non valide pour {country}' },
 *   es: { phone_invalid: 'Número de teléfono no válido para {country}' },
 * });
 * z.string().refine(isPhone, issues.refinement('phone_invalid', { country: 'EC' }));
 */
export function defineIssues<const Code extends string>(templates: {
  readonly en: IssueTemplates<Code>;
  readonly fr: NoInfer<IssueTemplates<Code>>;
  readonly es: NoInfer<IssueTemplates<Code>>;
}): IssueCatalog<Code> {
  const message = (code: Code, locale: Locale, args?: MessageArgs): string =>
    renderTemplate(templates[locale][code], args, locale);
  // Literals of fixed shapes (no conditional spread): issues are built on every failing parse.
  const params = (code: Code, args?: MessageArgs): IssueParams => {
    const messages = new RenderedOnRead(templates, code, args);
    return args === undefined ? { code, messages } : { code, messages, args };
  };
  return {
    templates,
    message,
    refinement: (code, args) => ({ message: message(code, 'en', args), params: params(code, args) }),
    check: (test, code, args) => {
      const english = message(code, 'en', args);
      const fixed = params(code, args);
      return (payload) => {
        if (test(payload.value)) return;
        payload.issues.push({
          code: 'custom',
          message: english,
          params: fixed,
          path: [],
          input: payload.value,
          continue: true,
        });
      };
    },
    custom: (code, options = {}) => ({
      code: 'custom',
      message: message(code, 'en', options.args),
      params: params(code, options.args),
      path: options.path === undefined ? [] : [...options.path],
    }),
    issue: (code, locale, options = {}) => ({
      path: [...(options.path ?? [])],
      code,
      message: message(code, locale, options.args),
    }),
  };
}
