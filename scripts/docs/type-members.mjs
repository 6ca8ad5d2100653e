// Reads field docs from typedoc's reflections of the explicit payload types (`type TraffickingCase =
// { … }`, `interface ContactPoint`): the JSDoc written once on each field, which typedoc has parsed.
// Only what the model reference needs: the members of an object type, and the element of a list type.

/** @typedef {import('typedoc').DeclarationReflection} DeclarationReflection */
/** @typedef {import('typedoc').SomeType} SomeType */

const NONE = new Map();

/**
 * The named members of a type: an interface's or a type literal's properties, through aliases, unions
 * (`Person | undefined`) and intersections (`Validity & { … }`).
 * @param {SomeType | undefined} type
 * @param {Set<unknown>} [seen]
 * @returns {Map<string, DeclarationReflection>}
 */
export function membersOf(type, seen = new Set()) {
  if (type === undefined || seen.has(type)) return NONE;
  seen.add(type);
  switch (type.type) {
    case 'reference': {
      const target = type.reflection;
      if (target === undefined || seen.has(target)) return NONE;
      seen.add(target);
      if (target.children !== undefined && target.children.length > 0) return membersOfReflection(target);
      return membersOf(target.type, seen);
    }
    case 'reflection':
      return membersOfReflection(type.declaration);
    case 'union':
    case 'intersection': {
      const merged = new Map();
      for (const part of type.types) for (const [name, member] of membersOf(part, seen)) merged.set(name, member);
      return merged;
    }
    default:
      return NONE;
  }
}

/**
 * @param {DeclarationReflection} reflection
 * @returns {Map<string, DeclarationReflection>}
 */
export function membersOfReflection(reflection) {
  return new Map((reflection.children ?? []).map((child) => [child.name, child]));
}

/**
 * The element type of a list type (`Perpetrator[] | undefined` → `Perpetrator`), through aliases.
 * @param {SomeType | undefined} type
 * @param {Set<unknown>} [seen]
 * @returns {SomeType | undefined}
 */
export function elementOf(type, seen = new Set()) {
  if (type === undefined || seen.has(type)) return undefined;
  seen.add(type);
  switch (type.type) {
    case 'array':
      return type.elementType;
    case 'reference':
      return elementOf(type.reflection?.type, seen);
    case 'union':
      for (const part of type.types) {
        const element = elementOf(part, seen);
        if (element !== undefined) return element;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * A comment's summary as Markdown; inline tags (`{@link checkCaseRules}`) become code.
 * @param {import('typedoc').Comment | undefined} comment
 * @returns {string}
 */
export function summaryOf(comment) {
  if (comment === undefined) return '';
  return comment.summary
    .map((part) => (part.kind === 'inline-tag' ? `\`${part.text.split('|').pop()?.trim()}\`` : part.text))
    .join('')
    .trim();
}
