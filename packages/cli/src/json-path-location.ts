import { type Node, parseTree } from 'jsonc-parser';

/** Where an issue's path points in a JSON text. */
export interface JsonPathLocation {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (in UTF-16 code units). */
  readonly column: number;
  /**
   * Whether the whole path was found. A path that goes past what the text holds (a required field
   * that is missing) points at the deepest part that is there: the object the field is missing from.
   */
  readonly exact: boolean;
}

/** The node a path segment leads to from `node`: a member's value (the last, as `JSON.parse` keeps it) or an element. */
function child(node: Node, segment: string | number): { value: Node; at: Node } | undefined {
  if (node.type === 'object' && typeof segment === 'string') {
    const members = node.children ?? [];
    for (let i = members.length - 1; i >= 0; i--) {
      const member = members[i] as Node;
      const [key, value] = member.children ?? [];
      // The line of a member is the line of its key, which is where a reader looks for it.
      if (key?.value === segment && value !== undefined) return { value, at: member };
    }
    return undefined;
  }
  if (node.type === 'array' && typeof segment === 'number') {
    const element = node.children?.[segment];
    return element === undefined ? undefined : { value: element, at: element };
  }
  return undefined;
}

/**
 * Locates issue paths (`['person', 'gender']`, `['emails', 2]`) in the JSON text they were found in,
 * for showing an issue beside its line. The text is read once by `jsonc-parser` (the parser of VS
 * Code) whatever the number of paths, and each path costs its depth plus a binary search. Positions count from `start`: an NDJSON record is located in its
 * own line, starting there. A text that cannot be read (nested some thousands of levels deep, past
 * what the parser's recursion allows) gives the start for every path, marked not exact; never throws.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly (string | number)[])[],
  start: { line: number; column: number } = { line: 1, column: 1 },
): JsonPathLocation[] {
  let root: Node | undefined;
  try {
    root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  } catch {
    // A stack overflow on deep nesting: every path falls back to the start.
  }
  let lineStarts: number[] | undefined;
  /** `positionAt` for many offsets: the offsets where lines start, found once, then a binary search. */
  const position = (offset: number): { line: number; column: number } => {
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const column = offset - (lineStarts[low] as number) + 1;
    return low === 0 ? { line: start.line, column: start.column + column - 1 } : { line: start.line + low, column };
  };
  return paths.map((path) => {
    if (root === undefined) return { ...start, exact: false };
    let node = root;
    let at = root;
    let exact = true;
    for (const segment of path) {
      const next = child(node, segment);
      if (next === undefined) {
        exact = false;
        break;
      }
      node = next.value;
      at = next.at;
    }
    return { ...position(at.offset), exact };
  });
}
