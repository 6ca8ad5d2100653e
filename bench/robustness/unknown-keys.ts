import type * as z from 'zod';

type Def = { type: string } & Record<string, unknown>;

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/**
 * The paths in `output` (a schema's parse result) of object keys that the schema's shape does not
 * declare. Empty when every key is declared, or where the schema's output cannot be followed
 * (transforms, custom types). Unions pass when one option accepts the value's keys.
 */
export function undeclaredKeys(schema: unknown, output: unknown, path: string[] = [], depth = 0): string[] {
  const def = defOf(schema);
  if (def === undefined || depth > 200) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
      return undeclaredKeys(def.innerType, output, path, depth + 1);
    case 'pipe':
      return undeclaredKeys(defOf(def.out)?.type === 'transform' ? undefined : def.out, output, path, depth + 1);
    case 'lazy':
      return undeclaredKeys((def.getter as () => unknown)(), output, path, depth + 1);
    case 'array':
      return Array.isArray(output)
        ? output.flatMap((item, index) => undeclaredKeys(def.element, item, [...path, String(index)], depth + 1))
        : [];
    case 'tuple':
      return Array.isArray(output)
        ? output.flatMap((item, index) =>
            undeclaredKeys((def.items as unknown[])[index] ?? def.rest, item, [...path, String(index)], depth + 1),
          )
        : [];
    case 'record':
      return typeof output === 'object' && output !== null
        ? Object.entries(output).flatMap(([key, value]) =>
            undeclaredKeys(def.valueType, value, [...path, key], depth + 1),
          )
        : [];
    case 'union': {
      const results = (def.options as unknown[]).map((option) => undeclaredKeys(option, output, path, depth + 1));
      return results.some((result) => result.length === 0) ? [] : (results[0] ?? []);
    }
    case 'intersection':
      return [];
    case 'object': {
      if (typeof output !== 'object' || output === null) return [];
      const shape = def.shape as Record<string, z.ZodType>;
      const found: string[] = [];
      for (const key of Reflect.ownKeys(output)) {
        const name = String(key);
        if (!Object.hasOwn(shape, name)) {
          found.push([...path, name].join('.'));
          continue;
        }
        found.push(
          ...undeclaredKeys(shape[name], (output as Record<string, unknown>)[name], [...path, name], depth + 1),
        );
      }
      return found;
    }
    default:
      return [];
  }
}
