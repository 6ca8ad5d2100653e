// npm run bench: measures and writes RESULTS.md. BENCH_RECORDS sets the NDJSON record count (default
// 1,000,000), BENCH_ROUNDS the rounds per contestant (default 5), BENCH_IMPORTS the cold
// imports per package (default 9). BENCH_SKIP=ndjson,tsc,... skips sections (sweep: the batch-size sweep;
// parallel: the GNU parallel check, which installs Debian's `parallel` when it is missing and it can);
// BENCH_ONLY=consumers,import measures those sections only (and builds). Sections not measured keep their
// text in RESULTS.md. BENCH_KINDS=iom.contact-point@1,... measures the validation of those payload kinds only.
// BENCH_BEFORE=<dir>: a built checkout of an earlier commit (a git worktree with `npm ci` and
// `turbo run build` done), measured side by side in the consumers and import sections; its figures
// are kept in before.json for later runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { assemble, sections } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, '.out');
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
/** Whether a section is measured in this run. */
const want = (section) => !SKIP.has(section) && (ONLY.size === 0 || ONLY.has(section));
const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 9);
// Relative to where `npm run bench` was typed (npm's INIT_CWD), not to bench/ where it runs.
const BEFORE =
  process.env.BENCH_BEFORE === undefined
    ? undefined
    : resolve(process.env.INIT_CWD ?? process.cwd(), process.env.BENCH_BEFORE);
if (BEFORE !== undefined && !['packages', 'node_modules'].every((dir) => existsSync(join(BEFORE, dir)))) {
  throw new Error(`BENCH_BEFORE=${BEFORE} is not a checkout of this repository with npm ci done`);
}
mkdirSync(OUT, { recursive: true });

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Entry points, from the package.json exports maps (same logic as src/workspace.ts).
function entryPoints() {
  const found = [];
  for (const folder of readdirSync(join(ROOT, 'packages')).sort()) {
    const dir = join(ROOT, 'packages', folder);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || target['@iom/source'] === undefined) continue;
      const source = join(dir, target['@iom/source']);
      if (!existsSync(source)) continue;
      const dist = join(
        dir,
        typeof target.import === 'string' ? target.import : (target.import?.default ?? 'dist/index.js'),
      );
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      found.push({ specifier, pkg: manifest.name, dir, source, dist, bin: manifest.bin });
    }
  }
  return found;
}

const externalNonIom = {
  name: 'external-non-iom',
  setup(b) {
    // `#…` are a package's own imports (package.json `imports`): bundled like the package itself.
    b.onResolve({ filter: /^[^./#]/ }, (args) =>
      args.path.startsWith('@iom/') ? undefined : { path: args.path, external: true },
    );
  },
};

async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@iom/source'],
    plugins: [externalNonIom],
    logLevel: 'error',
  });
}

function node(args, options = {}) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, cwd: BENCH, ...options });
  if (result.status !== 0 && !options.allowFail) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
  return result;
}

const entries = entryPoints();
const packages = [...new Set(entries.map((e) => e.pkg))];
const results = {
  date: new Date().toISOString(),
  node: process.version,
  commit: git(ROOT),
  entries: entries.map((e) => e.specifier),
};

/** The short commit id of a checkout, with `+` when its files differ from it. */
function git(dir) {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: dir,
    encoding: 'utf8',
  }).stdout.trim();
  return head === '' ? undefined : `${head}${dirty === '' ? '' : '+'}`;
}

// 0. The modules the benchmarks import, generated from what exists now.
const generated = join(BENCH, 'src', 'packages.generated.ts');
writeFileSync(
  generated,
  `// Generated by run.mjs from the packages that exist: every entry point, for payload-kind discovery.\n${entries
    .filter((e) => e.pkg !== '@iom/cli')
    .map(
      (e) => `export * as ${e.specifier.replace(/^@iom\//, '').replace(/[^a-zA-Z0-9]/g, '_')} from '${e.specifier}';`,
    )
    .join('\n')}\n`,
);

// Builds, so that dist files exist for sizes, cold imports, type-check cost and `iom validate`.
if (!SKIP.has('build')) {
  log('building packages (turbo)');
  const turbo = spawnSync('npx', ['turbo', 'run', 'build', '--continue', '--output-logs=errors-only'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (turbo.status !== 0) log(`some builds failed; their rows are marked "not built"\n${turbo.stdout.slice(-2000)}`);
}

// 1. Validation speed.
if (want('validation')) {
  log('validation: bundling and measuring (mitata)');
  await bundleForNode(join(BENCH, 'src', 'validation.ts'), join(OUT, 'validation.mjs'));
  // --expose-gc lets the bench collect garbage before each contestant, so none pays for the one before it.
  const run = node(['--expose-gc', join(OUT, 'validation.mjs')]);
  results.validation = JSON.parse(run.stdout.trim().split('\n').pop());
}

/** The load average (1, 5, 15 minutes) now. */
const load = () => loadavg().map((x) => Number(x.toFixed(2)));
/** Runs node with `args` under /usr/bin/time -v: wall seconds, CPU seconds, peak RSS, exit, load before and after. */
const timed = (label, args, options = {}) => {
  const before = load();
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: BENCH,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const cpu = ['User', 'System'].map((k) =>
    Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1]),
  );
  const inside = typeof run.stdout === 'string' && run.stdout.startsWith('{') ? JSON.parse(run.stdout) : undefined;
  return {
    label,
    seconds,
    exit: run.status,
    maxRssMb: rss ? Number(rss[1]) / 1024 : undefined,
    cpuSeconds: cpu[0] + cpu[1],
    load: [before, load()],
    ...(inside === undefined ? {} : { inside }),
  };
};

// 2. NDJSON through `iom validate`, on one thread and on worker threads (`--jobs`), side by side with
// the one-core ceiling (readline + JSON.parse) in the same run, on the bench's own records and on the
// bundled examples; then a batch-size sweep, and GNU parallel --pipe against one process.
if (want('ndjson')) {
  const cli = entries.find((e) => e.pkg === '@iom/cli');
  const binRel = typeof cli?.bin === 'string' ? cli.bin : cli?.bin?.iom;
  const bin = cli === undefined || binRel === undefined ? undefined : join(cli.dir, binRel);
  const built = bin !== undefined && existsSync(bin);
  const datasets = [
    {
      name: 'bench',
      make: join(OUT, 'ndjson-make.mjs'),
      what: 'the bench’s own iom.trafficking-case@1 records, 1 % invalid',
    },
    {
      name: 'examples',
      make: join(BENCH, 'src', 'ndjson-examples.mjs'),
      what: 'the bundled examples/trafficking/cases.ndjson records, cycled (each with its own id)',
    },
  ];
  await bundleForNode(join(BENCH, 'src', 'ndjson-make.ts'), join(OUT, 'ndjson-make.mjs'));
  const pipelines = [
    ['iom validate --jobs 1 (main thread only)', ['--jobs', '1']],
    ['iom validate --jobs 2 (main thread + 1 worker)', ['--jobs', '2']],
    ['iom validate --jobs 3 (main thread + 2 workers)', ['--jobs', '3']],
    ['iom validate (default jobs)', []],
  ];
  // Linux's autogroup scheduling shares the CPU between sessions, not threads: when other sessions keep the
  // cores busy, this session's share is the same whatever the number of threads.
  const autogroup = existsSync('/proc/sys/kernel/sched_autogroup_enabled')
    ? readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1'
    : undefined;
  results.ndjson = { cores: cpus().length, autogroup, bin: built ? relative(ROOT, bin) : undefined, datasets: [] };
  for (const dataset of datasets) {
    const file = join(tmpdir(), `iom-bench-${process.pid}-${dataset.name}.ndjson`);
    try {
      log(`ndjson ${dataset.name}: generating ${RECORDS} records`);
      const made = JSON.parse(
        node([dataset.make, file], { env: { ...process.env, BENCH_RECORDS: String(RECORDS) } }).stdout,
      );
      const ceilings = [];
      const runs = [];
      // Rounds interleave the contestants, so that a change in the machine's load hits them alike.
      for (let round = 0; round < 2; round++) {
        log(`ndjson ${dataset.name}: round ${round + 1}: ceiling`);
        const ceiling = timed('ceiling', [join(BENCH, 'src', 'ndjson-ceiling.mjs'), file], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        ceilings.push(ceiling);
        if (!built) continue;
        for (const [label, args] of pipelines) {
          log(`ndjson ${dataset.name}: round ${round + 1}: ${label}`);
          runs.push(timed(label, [bin, 'validate', '--format', 'json', ...args, file]));
        }
      }
      const entry = { name: dataset.name, what: dataset.what, ...made, ceilings, runs };
      if (built && dataset.name === 'examples' && !SKIP.has('sweep')) {
        entry.sweep = [];
        for (const batch of [16 << 10, 64 << 10, 256 << 10, 1 << 20]) {
          log(`ndjson ${dataset.name}: --jobs 2 with batches of ${batch} B`);
          entry.sweep.push({
            batch,
            ...timed(`batch ${batch}`, [join(BENCH, 'src', 'validate-batches.mjs'), file, '2', String(batch)]),
          });
        }
      }
      if (built && dataset.name === 'bench' && !SKIP.has('parallel')) entry.gnuParallel = gnuParallelCheck(bin, file);
      results.ndjson.datasets.push(entry);
    } finally {
      rmSync(file, { force: true });
    }
  }
}

/**
 * GNU parallel --pipe cuts the file into blocks of whole lines and runs one `iom validate -` per block
 * (two at a time, output kept in input order): its verdicts must be those of one process on the whole
 * file. The check installs Debian's `parallel` when it is missing and it can (root, apt-get), and says
 * so; otherwise it is skipped with the reason.
 */
function gnuParallelCheck(bin, file) {
  let installed = false;
  if (spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status !== 0) {
    const root = process.getuid?.() === 0;
    const apt = existsSync('/usr/bin/apt-get');
    if (!root || !apt) {
      const reason = `GNU parallel is not installed and cannot be installed here (${root ? 'no apt-get' : 'not root'}); install it with: apt-get install parallel`;
      log(`gnu parallel: skipped: ${reason}`);
      return { skipped: reason };
    }
    log('gnu parallel: not installed: apt-get update && apt-get install -y parallel');
    const apt2 = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq parallel'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    if (apt2.status !== 0 || spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status !== 0) {
      const reason = `installing GNU parallel failed: ${apt2.stderr.trim().split('\n').pop()}`;
      log(`gnu parallel: skipped: ${reason}`);
      return { skipped: reason };
    }
    installed = true;
  }
  const version = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  const one = join(tmpdir(), `iom-bench-${process.pid}-one.jsonl`);
  const split = join(tmpdir(), `iom-bench-${process.pid}-split.jsonl`);
  try {
    log('gnu parallel: one process');
    const single = timed('one process', [bin, 'validate', '--format', 'json', file], {
      stdio: ['ignore', openSync(one, 'w'), 'pipe'],
    });
    log('gnu parallel: parallel --pipe --block 32M -k -j 2');
    const command = `parallel --will-cite --pipe --block 32M -k -j 2 ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} validate --ndjson --format json - < ${JSON.stringify(file)} > ${JSON.stringify(split)}`;
    const before = load();
    const start = process.hrtime.bigint();
    const piped = spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const summaries = [...piped.stderr.matchAll(/(\d+) record\(s\): (\d+) valid, (\d+) invalid/g)].map((m) =>
      m.slice(1).map(Number),
    );
    const totals = summaries.reduce((sum, s) => sum.map((v, i) => v + (s[i] ?? 0)), [0, 0, 0]);
    const compared = JSON.parse(node([join(BENCH, 'src', 'same-verdicts.mjs'), one, split]).stdout);
    return {
      version,
      installed,
      command: 'parallel --pipe --block 32M -k -j 2 iom validate --ndjson --format json -',
      jobs: summaries.length,
      exit: piped.status,
      totals,
      single,
      seconds,
      load: [before, load()],
      ...compared,
    };
  } finally {
    rmSync(one, { force: true });
    rmSync(split, { force: true });
  }
}
// 3. Bundle size per entry point: esbuild --bundle --minify, zod external, gzip -9.
if (want('size')) {
  log('sizes');
  results.sizes = [];
  for (const entry of entries) {
    const fromDist = existsSync(entry.dist);
    const input = fromDist ? entry.dist : entry.source;
    const probe = join(OUT, 'size-entry.mjs');
    writeFileSync(probe, `export * from ${JSON.stringify(input)};\n`);
    try {
      const out = await build({
        entryPoints: [probe],
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        platform: entry.pkg === '@iom/cli' ? 'node' : 'browser',
        target: 'es2022',
        conditions: fromDist ? [] : ['@iom/source'],
        external: ['zod', 'zod/*', 'node:*'],
        logLevel: 'silent',
      });
      const code = out.outputFiles[0].contents;
      results.sizes.push({
        specifier: entry.specifier,
        from: fromDist ? 'dist' : 'src',
        min: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
      });
    } catch (error) {
      results.sizes.push({ specifier: entry.specifier, error: String(error.message ?? error).split('\n')[0] });
    }
  }
}

// 3b. What a browser app pays for one schema and its safeParse, zod bundled: the consumer entries of
// consumers/, bundled from this checkout and, side by side, from BENCH_BEFORE.
const CONSUMERS = JSON.parse(readFileSync(join(BENCH, 'consumers', 'consumers.json'), 'utf8'));
if (want('consumers')) {
  log('consumer bundles');
  results.consumers = { entries: CONSUMERS.entries, after: await consumerSizes(ROOT) };
  if (BEFORE !== undefined) results.consumers.before = await consumerSizes(BEFORE);
}

/** Bundles each consumer entry as a browser app would (resolved from `tree`), minified, gzip -9. */
async function consumerSizes(tree) {
  const dir = join(tree, 'bench', '.out', 'consumers');
  mkdirSync(dir, { recursive: true });
  const sizes = [];
  for (const { file } of CONSUMERS.entries) {
    copyFileSync(join(BENCH, 'consumers', file), join(dir, file));
    try {
      const out = await build({
        entryPoints: [join(dir, file)],
        absWorkingDir: tree,
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        logLevel: 'silent',
      });
      const code = out.outputFiles[0].contents;
      sizes.push({ file, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
    } catch (error) {
      sizes.push({ file, error: String(error.message ?? error).split('\n')[1] ?? String(error) });
    }
  }
  return sizes;
}

// 4. Cold import time, relative to importing zod alone: fresh processes, rounds interleaved (each round
// imports everything once, this checkout and BENCH_BEFORE alike), so that a busy machine weighs on all.
if (want('import')) {
  log('cold imports');
  const trees =
    BEFORE === undefined
      ? [['after', ROOT]]
      : [
          ['after', ROOT],
          ['before', BEFORE],
        ];
  // zod with one small schema built: context for what a package's own schemas cost (this checkout only).
  const firstSchema = pathToFileURL(join(BENCH, 'src', 'zod-first-schema.mjs')).href;
  const specifiers = ['zod', firstSchema, ...packages];
  const samples = new Map();
  const script =
    'const c=process.cpuUsage();const t=process.hrtime.bigint();await import(process.argv[1]);' +
    'const w=Number(process.hrtime.bigint()-t)/1e6;const u=process.cpuUsage(c);' +
    'process.stdout.write(JSON.stringify({wall:w,cpu:(u.user+u.system)/1e3}))';
  for (let round = 0; round < IMPORTS; round++) {
    for (const [tree, dir] of trees) {
      for (const specifier of specifiers) {
        if (tree === 'before' && specifier === firstSchema) continue;
        const key = `${tree} ${specifier}`;
        if (!samples.has(key)) samples.set(key, []);
        if (samples.get(key).error !== undefined) continue;
        const r = node(['--input-type=module', '-e', script, specifier], { cwd: dir, allowFail: true });
        if (r.status !== 0) samples.get(key).error = r.stderr.split('\n').find((l) => l.includes('Error')) ?? 'failed';
        else samples.get(key).push(JSON.parse(r.stdout));
      }
    }
  }
  const summary = (tree, specifier) => {
    const list = samples.get(`${tree} ${specifier}`);
    if (list === undefined) return undefined;
    if (list.error !== undefined) return { error: list.error };
    return { ms: median(list.map((x) => x.wall)), cpuMs: median(list.map((x) => x.cpu)), n: list.length };
  };
  results.imports = {
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
    zod: summary('after', 'zod'),
    zodFirstSchema: summary('after', firstSchema),
    packages: packages.map((pkg) => ({ pkg, ...summary('after', pkg) })),
  };
  if (BEFORE !== undefined) {
    results.imports.before = {
      zod: summary('before', 'zod'),
      packages: packages.map((pkg) => ({ pkg, ...summary('before', pkg) })),
    };
  }
}

// 5. Type-check cost for a consumer: instantiations with and without every payload type.
if (want('tsc')) {
  log('type-check cost');
  results.tsc = await typeCheckCost();
}

async function typeCheckCost() {
  const dir = join(OUT, 'tsc');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The payload types: the export whose value is a kind's schema gives the type of the same name.
  const bundle = join(OUT, 'kind-types.mjs');
  const source = join(OUT, 'kind-types.ts');
  writeFileSync(
    source,
    `import * as m from '${join(BENCH, 'src', 'packages.generated.ts')}';\nimport { isPayloadKind } from '${join(BENCH, 'src', 'workspace.ts')}';\n` +
      `const out = [];\nfor (const [mod, ns] of Object.entries(m)) for (const [name, v] of Object.entries(ns)) if (isPayloadKind(v)) {\n` +
      `  const schemaName = Object.entries(ns).find(([, s]) => s === v.schema)?.[0];\n  out.push({ ref: v.ref, kindExport: name, schemaName, mod });\n}\n` +
      `process.stdout.write(JSON.stringify(out));\n`,
  );
  await build({
    entryPoints: [source],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@iom/source'],
    plugins: [externalNonIom],
    logLevel: 'error',
  });
  return runTsc(bundle, dir);
}

function runTsc(bundle, dir) {
  const kinds = JSON.parse(node([bundle], { cwd: ROOT }).stdout);
  const specifierOf = (mod) =>
    entries.find((e) => e.specifier.replace(/^@iom\//, '').replace(/[^a-zA-Z0-9]/g, '_') === mod)?.specifier;
  const usable = kinds.filter((k) => k.schemaName !== undefined && specifierOf(k.mod) !== undefined);
  const lines = [];
  const uses = [];
  usable.forEach((k, i) => {
    lines.push(`import { ${k.schemaName} as S${i}, type ${k.schemaName} as T${i} } from '${specifierOf(k.mod)}';`);
    uses.push(
      `export function use${i}(input: unknown): T${i} | undefined {\n  const result = S${i}.safeParse(input);\n  if (!result.success) return undefined;\n  const value: T${i} = result.data;\n  return value;\n}`,
    );
  });
  writeFileSync(join(dir, 'consumer.ts'), `${lines.join('\n')}\n\n${uses.join('\n\n')}\n`);
  writeFileSync(join(dir, 'baseline.ts'), `export const nothing = 1;\n`);
  const config = (file) => ({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
    files: [file],
  });
  const measureFile = (file) => {
    writeFileSync(join(dir, `tsconfig.${file}.json`), JSON.stringify(config(`${file}.ts`)));
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${file}.json`, '--extendedDiagnostics'],
      { cwd: dir, encoding: 'utf8' },
    );
    const get = (label) => Number((new RegExp(`${label}:\\s+([\\d.]+)`).exec(r.stdout) ?? [])[1]);
    const errors = r.stdout
      .split('\n')
      .filter((l) => l.includes('error TS'))
      .slice(0, 5);
    return { instantiations: get('Instantiations'), types: get('Types'), checkSeconds: get('Check time'), errors };
  };
  const baseline = measureFile('baseline');
  const consumer = measureFile('consumer');
  return { kinds: usable.map((k) => `${k.schemaName} (${k.ref})`), baseline, consumer };
}

// The figures of BENCH_BEFORE are kept for later runs, which show them beside their own.
const BEFORE_FILE = join(BENCH, 'before.json');
if (BEFORE !== undefined && (results.consumers?.before !== undefined || results.imports?.before !== undefined)) {
  const kept = existsSync(BEFORE_FILE) ? JSON.parse(readFileSync(BEFORE_FILE, 'utf8')) : {};
  const before = { ...kept, commit: git(BEFORE), measured: results.date, load: results.imports?.load ?? kept.load };
  if (results.consumers?.before !== undefined) before.consumers = results.consumers.before;
  if (results.imports?.before !== undefined) before.imports = results.imports.before;
  writeFileSync(BEFORE_FILE, `${JSON.stringify(before, null, 2)}\n`);
}
results.stored = existsSync(BEFORE_FILE) ? JSON.parse(readFileSync(BEFORE_FILE, 'utf8')) : undefined;

writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
const resultsFile = join(BENCH, 'RESULTS.md');
writeFileSync(
  resultsFile,
  assemble(
    existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '',
    sections(results, { records: RECORDS, imports: IMPORTS }),
  ),
);
// The repository's formatter owns Markdown tables and the generated module: keep `biome ci` green.
spawnSync('npx', ['biome', 'format', '--write', join(BENCH, 'RESULTS.md'), generated], { cwd: ROOT, stdio: 'ignore' });
log(`wrote ${relative(ROOT, join(BENCH, 'RESULTS.md'))}`);
