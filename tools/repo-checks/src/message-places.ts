import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What breaks the one-place rule for messages in a package's `src`. */
export interface MessagePlaceProblem {
  /** The file, relative to the package. */
  readonly file: string;
  /** What is wrong. */
  readonly problem: 'catalog outside messages/' | 'locale file missing';
}

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file))
    .map((file) => join(dir, file));
}

/**
 * Checks the rule "messages live in `src/messages/en.ts`, `fr.ts`, `es.ts`" for one package: every issue
 * catalog (`defineIssues(…)` call) sits under `src/messages/`, and a package that defines one has the
 * three locale files. `definedIn` is the module that declares `defineIssues` itself (core's), whose
 * mention is not a catalog.
 */
export function messagePlaceProblems(packageDir: string, definedIn?: string): MessagePlaceProblem[] {
  const src = join(packageDir, 'src');
  const problems: MessagePlaceProblem[] = [];
  let catalogs = 0;
  for (const path of sources(src)) {
    const file = relative(packageDir, path);
    if (file === definedIn) continue;
    if (!/\bdefineIssues\(/.test(readFileSync(path, 'utf8'))) continue;
    catalogs += 1;
    if (!file.startsWith(join('src', 'messages'))) problems.push({ file, problem: 'catalog outside messages/' });
  }
  if (catalogs > 0) {
    for (const locale of ['en', 'fr', 'es']) {
      const file = join('src', 'messages', `${locale}.ts`);
      if (!existsSync(join(packageDir, file))) problems.push({ file, problem: 'locale file missing' });
    }
  }
  return problems;
}
