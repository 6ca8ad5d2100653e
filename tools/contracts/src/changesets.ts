/** A changeset file of `.changeset/`: the bump it asks for each package, and its text. */
export interface Changeset {
  /** The file name, for messages. */
  readonly file: string;
  /** The bump per package name: `major`, `minor` or `patch`. */
  readonly bumps: Readonly<Record<string, string>>;
  /** The text after the front matter. */
  readonly body: string;
}

/**
 * Reads a changeset file: front matter lines `"@iom/press": major` between `---` lines, then the text.
 * `undefined` for a file that is not a changeset (the folder's README).
 */
export function parseChangeset(file: string, text: string): Changeset | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (match === null) return undefined;
  const bumps: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (entry !== null) bumps[entry[1] as string] = entry[2] as string;
  }
  return { file, bumps, body: match[2] ?? '' };
}

/**
 * Whether `bump` breaks compatibility for a package at `version`: `major`, or `minor` while the
 * package is below 1.0.0 (semver's rule for 0.x, which this repository follows: breaking changes of a
 * 0.x package are minor bumps).
 */
export function isBreakingBump(bump: string | undefined, version: string): boolean {
  return bump === 'major' || (bump === 'minor' && /^0\./.test(version));
}

/** Whether `text` names the kind version `ref` (`iom.press-release@2`) as a word, not inside a longer ref. */
export function namesRef(text: string, ref: string): boolean {
  const escaped = ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w])`).test(text);
}
