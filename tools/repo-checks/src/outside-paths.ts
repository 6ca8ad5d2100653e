import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A path written in a file that points outside the repository. */
export interface OutsidePath {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** The 1-based line of the literal. */
  readonly line: number;
  /** The literal as written. */
  readonly literal: string;
}

/** The files whose text can name a path that code reads: sources, tests, scripts, configs. */
const CODE_FILE = /\.(?:[cm]?[jt]s|tsx|sh)$|(?:^|\/)run$/;

// A quoted literal that starts like a file path: `./x`, `../x` or `/x`. Paths built from several
// arguments (`join(a, '..')`) are not followed: the repository writes its relative paths whole.
const PATH_LITERAL = /(['"`])((?:\.{1,2}\/|\/)[^'"`\s]*)\1/g;

/**
 * The path literals of `text` (the content of `file`, relative to `root`) that leave the repository:
 * a relative path climbing above `root` from the file's folder (or from `new URL(…, import.meta.url)`,
 * which resolves the same way), or an absolute path inside the folder that holds the repository (a
 * sibling checkout). Other absolute paths (`/usr/bin/chromium`, `/tmp`) name the
 * machine, not a neighbour of the repository, and are allowed.
 */
export function outsidePaths(root: string, file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const parent = dirname(root);
  const lines = text.split('\n');
  lines.forEach((content, index) => {
    for (const match of content.matchAll(PATH_LITERAL)) {
      const literal = match[2] ?? '';
      const target = isAbsolute(literal) ? literal : resolve(root, dirname(file), literal);
      const fromRoot = relative(root, target);
      const leaves = fromRoot === '..' || fromRoot.startsWith(`..${sep}`);
      if (leaves && (!isAbsolute(literal) || target.startsWith(parent + sep))) {
        found.push({ file, line: index + 1, literal });
      }
    }
  });
  return found;
}

/** Every file git knows in the repository at `root` (tracked, or untracked and not ignored). */
export function repositoryFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\0').filter((file) => file !== '');
}

/** The path literals that leave the repository, in every code file of it. */
export function scanRepository(root: string): OutsidePath[] {
  return repositoryFiles(root)
    .filter((file) => CODE_FILE.test(file))
    .flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        return []; // deleted in the work tree but still in the index
      }
      return outsidePaths(root, file, text);
    });
}
