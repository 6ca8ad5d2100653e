import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionAt } from './json-location.js';
import { locateJsonPaths } from './json-path-location.js';

/** Every path into a JSON value, the value's own (`[]`) first. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) {
    for (const [i, element] of value.entries()) out.push(...pathsOf(element, [...prefix, i]));
  } else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) out.push(...pathsOf(inner, [...prefix, key]));
  return out;
}

/** The text from a 1-based line and column on. */
function from(text: string, line: number, column: number): string {
  return text
    .split('\n')
    .slice(line - 1)
    .join('\n')
    .slice(column - 1);
}

describe('locateJsonPaths', () => {
  const text = '{\n  "person": {\n    "gender": "X",\n    "citizenship": ["EC", "zz"]\n  }\n}';

  it('points at the member a path names, and at an element by its index', () => {
    expect(locateJsonPaths(text, [['person', 'gender'], ['person', 'citizenship', 1], []])).toEqual([
      { line: 3, column: 5, exact: true },
      { line: 4, column: 27, exact: true },
      { line: 1, column: 1, exact: true },
    ]);
  });

  it('points a missing field at the object it is missing from, not exact', () => {
    expect(
      locateJsonPaths(text, [
        ['person', 'age'],
        ['victim', 'status'],
        ['person', 'citizenship', 5],
      ]),
    ).toEqual([
      { line: 2, column: 3, exact: false },
      { line: 1, column: 1, exact: false },
      { line: 4, column: 5, exact: false },
    ]);
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(locateJsonPaths('{"a": 1,\n "a": 2}', [['a']])).toEqual([{ line: 2, column: 2, exact: true }]);
  });

  it('counts from where the text starts (an NDJSON line)', () => {
    expect(locateJsonPaths('{"a": {"b": 1}}', [['a', 'b']], { line: 7, column: 1 })).toEqual([
      { line: 7, column: 8, exact: true },
    ]);
  });

  it('gives the start, not exact, for a text nested too deep to read, and never throws', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(locateJsonPaths(deep, [[0, 0]], { line: 3, column: 1 })).toEqual([{ line: 3, column: 1, exact: false }]);
  });

  it('finds every path of any JSON value at its key or its element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const paths = pathsOf(value);
        const locations = locateJsonPaths(json, paths);
        paths.forEach((path, i) => {
          const location = locations[i];
          expect(location?.exact).toBe(true);
          const last = path[path.length - 1];
          const rest = from(json, location?.line ?? 0, location?.column ?? 0);
          if (typeof last === 'string') expect(rest.startsWith(`${JSON.stringify(last)}:`)).toBe(true);
          else {
            let element: unknown = value;
            for (const segment of path) element = (element as Record<string | number, unknown>)[segment];
            expect(rest.startsWith(JSON.stringify(element, null, indent).slice(0, 1))).toBe(true);
          }
        });
      }),
    );
  });

  it('agrees with positionAt on every line and column', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (keys) => {
        const json = `{\n${keys.map((key, i) => `${JSON.stringify(`${i}${key}`)}: ${i}`).join(',\n')}\n}`;
        const locations = locateJsonPaths(
          json,
          keys.map((key, i) => [`${i}${key}`]),
        );
        locations.forEach((location, i) => {
          const offset = json.indexOf(`${JSON.stringify(`${i}${keys[i]}`)}: ${i}`);
          expect(location).toEqual({ ...positionAt(json, offset), exact: true });
        });
      }),
    );
  });
});
