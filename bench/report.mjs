// Renders bench results as RESULTS.md: ratios first, absolute figures beside them (noisy VM). A run
// may measure some sections only: the others keep their text from the RESULTS.md before it.
const fmt = (n, digits = 2) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
const yes = (ok) => (ok ? 'met' : '**not met**');

/** A row's time over the hand-written validator's time for the same kind and payload (per round when measured so). */
function ratioOf(rows, row) {
  if (row.ratio !== undefined) return row.ratio;
  const hand = rows.find((x) => x.kind === row.kind && x.payload === row.payload && x.contestant === 'hand-written');
  return hand === undefined ? undefined : row.ns / hand.ns;
}

/** The sections of RESULTS.md, in order: their headings are how a later run finds them again. */
export const HEADINGS = {
  validation: '## Validation per payload kind',
  ndjson: '## `iom validate` over NDJSON case records, on one thread and on every core',
  size: '## Bundle size per entry point',
  consumers: '## Browser bundles of one schema and its safeParse',
  import: '## Cold import time',
  tsc: '## Type-check cost for a consumer',
};

const HEADER = [
  '# Benchmark results',
  '',
  "Written by `npm run bench`; each section says when it was measured (`BENCH_ONLY=consumers,import` measures some sections and keeps the others as they were). Ratios transfer across machines; absolute figures are this VM's and noisy.",
  '',
].join('\n');

/**
 * RESULTS.md: the sections measured in this run (`fresh`, keyed like HEADINGS) in place of their old
 * text, the others kept from `old` as they were.
 */
export function assemble(old, fresh) {
  const kept = {};
  let current;
  for (const line of old.split('\n')) {
    if (line.startsWith('## ')) current = Object.keys(HEADINGS).find((id) => HEADINGS[id] === line);
    else if (line.startsWith('Reproduce:')) current = undefined;
    if (current !== undefined) kept[current] = `${kept[current] ?? ''}${line}\n`;
  }
  const body = Object.keys(HEADINGS)
    .map((id) => fresh[id] ?? kept[id]?.trimEnd())
    .filter((text) => text !== undefined);
  return `${HEADER}\n${body.join('\n\n')}\n\n${fresh.reproduce}\n`;
}

/** The sections measured in `r`, as Markdown keyed like HEADINGS, plus the closing `reproduce` line. */
export function sections(r, { records, imports }) {
  const done = {};
  let out = [];
  const stamp = () => [`_Measured ${r.date}, Node ${r.node}, at ${r.commit ?? 'an unknown commit'}._`, ''];
  const close = (id) => {
    done[id] = out.join('\n').trimEnd();
    out = [];
  };

  if (r.validation) {
    out.push(HEADINGS.validation, '', ...stamp());
    out.push(
      "Side by side in one process (mitata, 64 distinct payloads cycled, garbage collected and 100 ms of warm-up before each contestant; the library's path first and zod's own safeParse last in each round, since a failing zod safeParse slows what runs after it). µs = median over rounds; ratio = median over rounds of time / hand-written time in the same round, with the lowest and highest of those per-round ratios beside it. Goals: zod within 1.3× of hand-written on valid payloads, within 4× on invalid payloads with all issues collected. \"core compiledSchema + kind rules\" adds a kind's whole-record rules (unique ids, references, dates), which the hand-written validators do not check: it shows their cost and has no goal.",
      '',
    );
    out.push(
      '| kind | payload | contestant | µs/payload | × hand-written | rounds’ range |',
      '|---|---|---|---:|---:|---:|',
    );
    for (const row of r.validation.rows) {
      const ratio = ratioOf(r.validation.rows, row);
      const range = row.ratioRange === undefined ? '–' : `${fmt(row.ratioRange[0])}–${fmt(row.ratioRange[1])}`;
      out.push(
        `| ${row.kind} | ${row.payload} | ${row.contestant} | ${fmt(row.ns / 1000, 3)} | ${fmt(ratio)} | ${range} |`,
      );
    }
    // The goal is judged on the library's path, compiledSchema(kind).safeParse (what `iom validate` uses),
    // on valid and on invalid payloads alike; plain safeParse is shown beside it. core validate() also
    // renders localized messages, which the hand-written validators do not, so it is not judged.
    const kinds = [...new Set(r.validation.rows.map((row) => row.kind))];
    const cell = (kind, payload, contestant, goal) => {
      const row = r.validation.rows.find(
        (x) => x.kind === kind && x.payload === payload && x.contestant === contestant,
      );
      const ratio = row === undefined ? undefined : ratioOf(r.validation.rows, row);
      return ratio === undefined ? 'n/a' : `${fmt(ratio)}× ${yes(ratio <= goal)}`;
    };
    out.push(
      '',
      "**Goals** (≤ 1.3× on valid, ≤ 4× on invalid payloads), judged on the library's path `compiledSchema(kind).safeParse` (what `iom validate` uses); plain `safeParse` beside it:",
      '',
      '| kind | valid, compiledSchema | valid, safeParse | invalid, compiledSchema | invalid, safeParse |',
      '|---|---|---|---|---|',
      ...kinds.map(
        (kind) =>
          `| ${kind} | ${cell(kind, 'valid', 'core compiledSchema', 1.3)} | ${cell(kind, 'valid', 'zod safeParse', 1.3)} | ${cell(kind, 'invalid', 'core compiledSchema', 4)} | ${cell(kind, 'invalid', 'zod safeParse', 4)} |`,
      ),
      '',
    );
    if (r.validation.notes.length > 0) out.push('Notes:', '', ...r.validation.notes.map((n) => `- ${n}`), '');
    close('validation');
  }

  if (r.ndjson) {
    const n = r.ndjson;
    out.push(HEADINGS.ndjson, '', ...stamp());
    out.push(
      `${n.cores} cores, shared with other work: the load average (1 min) before each run is given beside it. Contestants run side by side, interleaved over two rounds; the best round counts. Ceiling = readline + JSON.parse on one core (time inside the process, startup excluded); \`iom validate --format json\` is timed whole, startup included (output to /dev/null). Goals: with workers ≥ 1.1× the ceiling, on one thread ≥ 0.7×; peak RSS (whole process, all threads) < 256 MB.${n.autogroup ? ' This kernel schedules by session (`sched_autogroup_enabled` = 1): while other sessions keep both cores busy, the session running the bench gets the same share of CPU whatever its number of threads, so threads can only gain when the load before a run is below the number of cores.' : ''}`,
      '',
    );
    for (const d of n.datasets ?? []) {
      const ceiling = Math.max(...d.ceilings.map((c) => d.records / (c.inside?.seconds ?? c.seconds)));
      const ceilingRss = Math.max(...d.ceilings.map((c) => c.maxRssMb));
      out.push(
        `### ${d.name}: ${d.records.toLocaleString('en')} records, ${fmt(d.bytes / 1e6, 1)} MB, ${fmt(d.bytes / d.records, 0)} B/record`,
        '',
        `${d.what}.`,
        '',
        '| pipeline | records/s | × ceiling | CPU s | cores used | peak RSS MB | exit | load before |',
        '|---|---:|---:|---:|---:|---:|---:|---|',
      );
      const ceilingRow = d.ceilings.reduce((a, b) =>
        (a.inside?.seconds ?? a.seconds) <= (b.inside?.seconds ?? b.seconds) ? a : b,
      );
      out.push(
        `| readline + JSON.parse (ceiling) | ${fmt(ceiling, 0)} | 1.00 | ${fmt(ceilingRow.cpuSeconds, 1)} | ${fmt(ceilingRow.cpuSeconds / ceilingRow.seconds)} | ${fmt(ceilingRss, 0)} | | ${d.ceilings.map((c) => fmt(c.load[0][0], 1)).join(', ')} |`,
      );
      const best = {};
      for (const label of [...new Set(d.runs.map((x) => x.label))]) {
        const runs = d.runs.filter((x) => x.label === label);
        const fastest = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
        const rate = d.records / fastest.seconds;
        const rss = Math.max(...runs.map((x) => x.maxRssMb ?? Number.NaN));
        best[label] = { rate, rss, cpu: fastest.cpuSeconds };
        out.push(
          `| \`${label}\` | ${fmt(rate, 0)} | ${fmt(rate / ceiling)} | ${fmt(fastest.cpuSeconds, 1)} | ${fmt(fastest.cpuSeconds / fastest.seconds)} | ${fmt(rss, 0)} | ${runs.map((x) => x.exit).join(', ')} | ${runs.map((x) => fmt(x.load[0][0], 1)).join(', ')} |`,
        );
      }
      if (d.runs.length === 0) out.push('| iom validate | not run: no built `iom` command | | | | | |');
      const one = best['iom validate --jobs 1 (main thread only)'];
      const two = best['iom validate --jobs 2 (main thread + 1 worker)'];
      const three = best['iom validate --jobs 3 (main thread + 2 workers)'];
      const auto = best['iom validate (default jobs)'];
      if (one !== undefined && two !== undefined && three !== undefined && auto !== undefined) {
        const workers = Math.max(two.rate, three.rate, auto.rate);
        // Memory is judged on the default (as many threads as cores) and on one thread.
        const rss = Math.max(one.rss, auto.rss);
        out.push(
          '',
          `**Goals:** with workers ${fmt(workers / ceiling)}× the ceiling (goal ≥ 1.1) ${yes(workers / ceiling >= 1.1)}${workers / ceiling >= 1.1 ? '' : ` (on two free cores the CPU seconds of \`--jobs 2\` would take about ${fmt(two.cpu / 2, 1)} s: ${fmt(d.records / (two.cpu / 2) / ceiling)}× the ceiling; one thread's work split in two with no cost: ${fmt(d.records / (one.cpu / 2) / ceiling)}×)`}; default jobs ${fmt(auto.rate / ceiling)}×; one thread ${fmt(one.rate / ceiling)}× (goal ≥ 0.7) ${yes(one.rate / ceiling >= 0.7)}; peak RSS ${fmt(rss, 0)} MB with default jobs or one thread (goal < 256 MB) ${yes(rss < 256)}, ${fmt(three.rss, 0)} MB with two workers. Scaling: one thread → one worker beside it ${fmt(two.rate / one.rate)}×, → two workers ${fmt(three.rate / one.rate)}× (1 → 2 workers: ${fmt(three.rate / two.rate)}×).`,
        );
      }
      if (d.sweep !== undefined) {
        out.push(
          '',
          'Batch size (bytes of NDJSON per message to a worker), `--jobs 2`, through the library’s `main`:',
          '',
          '| batch | records/s | × ceiling | CPU s | peak RSS MB | load before |',
          '|---:|---:|---:|---:|---:|---:|',
        );
        for (const s of d.sweep)
          out.push(
            `| ${s.batch.toLocaleString('en')} | ${fmt(d.records / s.seconds, 0)} | ${fmt(d.records / s.seconds / ceiling)} | ${fmt(s.cpuSeconds, 1)} | ${fmt(s.maxRssMb, 0)} | ${fmt(s.load[0][0], 1)} |`,
          );
      }
      const g = d.gnuParallel;
      if (g !== undefined) {
        out.push('');
        if (g.skipped !== undefined) out.push(`**GNU parallel --pipe:** skipped: ${g.skipped}.`);
        else
          out.push(
            `**GNU parallel --pipe** (${g.version}${g.installed ? ', installed by this run with apt-get' : ''}): \`${g.command}\` ran ${g.jobs} process(es) in ${fmt(g.seconds, 1)} s (one process: ${fmt(g.single.seconds, 1)} s); ${g.records.toLocaleString('en')} verdicts compared record by record (kind, valid, issues): ${g.same ? 'the same as one process' : `**different**, first at record ${g.firstDifference}`}; totals ${g.totals.join(' / ')} (records / valid / invalid) ${g.totals[0] === d.records ? 'match the file' : '**do not match the file**'}.`,
          );
      }
      out.push('');
    }
    close('ndjson');
  }

  if (r.sizes) {
    out.push(HEADINGS.size, '', ...stamp());
    out.push(
      '`esbuild --bundle --minify` (browser, es2022; the CLI for node) of everything an entry point exports, zod external, gzip -9. Built `dist` when present (for packages, the build bundlers read: `import.default`), else sources.',
      '',
    );
    out.push('| entry point | from | min B | min+gzip B |', '|---|---|---:|---:|');
    for (const s of r.sizes)
      out.push(
        s.error
          ? `| ${s.specifier} | error: ${s.error} | | |`
          : `| ${s.specifier} | ${s.from} | ${s.min.toLocaleString('en')} | **${s.gzip.toLocaleString('en')}** |`,
      );
    close('size');
  }

  if (r.consumers) {
    consumerSection(r, out, stamp());
    close('consumers');
  }

  if (r.imports) {
    importSection(r, out, stamp(), imports);
    close('import');
  }

  if (r.tsc) {
    const t = r.tsc;
    const count = t.kinds.length;
    const diff = t.consumer.instantiations - t.baseline.instantiations;
    out.push(HEADINGS.tsc, '', ...stamp());
    out.push(
      `TypeScript 5.9, \`tsc --extendedDiagnostics\` on a consumer file that imports every payload schema and its type from the built packages and, per type, calls \`safeParse\` and assigns \`result.data\` to the type; against a baseline file that imports nothing. Payload types: ${t.kinds.join(', ')}.`,
      '',
    );
    out.push('| file | instantiations | types | check s |', '|---|---:|---:|---:|');
    out.push(`| baseline | ${t.baseline.instantiations} | ${t.baseline.types} | ${fmt(t.baseline.checkSeconds)} |`);
    out.push(
      `| consumer (${count} payload types) | ${t.consumer.instantiations} | ${t.consumer.types} | ${fmt(t.consumer.checkSeconds)} |`,
    );
    out.push(
      '',
      `**Goal:** ${fmt(diff / count, 0)} instantiations per payload type used (goal ≤ 100) ${yes(diff / count <= 100)}.`,
    );
    if (t.consumer.errors.length > 0)
      out.push(
        '',
        'Consumer type errors (the figures above are unreliable):',
        '',
        ...t.consumer.errors.map((e) => `- \`${e}\``),
      );
    close('tsc');
  }
  done.reproduce = `Reproduce: \`npm run bench -w @iom/bench\` (BENCH_RECORDS=${records === 1_000_000 ? '1000000' : records} for the NDJSON size; BENCH_SKIP=build,validation,ndjson,sweep,parallel,size,consumers,import,tsc to skip sections (sweep: the batch-size sweep; parallel: the GNU parallel check), BENCH_ONLY=consumers,import to measure some only; BENCH_KINDS=iom.contact-point@1,… to measure the validation of some kinds only; BENCH_BEFORE=<a built checkout of an earlier commit> to measure it side by side in the consumers and import sections).`;
  return done;
}

const kB = (bytes) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));
const signed = (value, digits = 1) =>
  value === undefined || Number.isNaN(value) ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

/** Browser bundles of the consumer entries, before and after, against the plain zod object. */
function consumerSection(r, out, stamp) {
  const c = r.consumers;
  // Before: measured in this run (BENCH_BEFORE), else kept from the run that did (before.json).
  const before = c.before ?? r.stored?.consumers;
  const beforeNote =
    c.before !== undefined
      ? `Before: ${r.stored?.commit ?? 'BENCH_BEFORE'}, bundled in this run`
      : before !== undefined
        ? `Before: ${r.stored.commit}, bundled ${r.stored.measured} (before.json)`
        : 'No before figures';
  const sizeOf = (list, file) => list?.find((x) => x.file === file);
  const floorFile = c.entries.find((e) => e.role === 'floor').file;
  const floor = sizeOf(c.after, floorFile)?.gzip;
  const floorBefore = sizeOf(before, floorFile)?.gzip ?? floor;
  out.push(HEADINGS.consumers, '', ...stamp);
  out.push(
    `Each entry imports one schema and calls its \`safeParse\` (\`bench/consumers/\`): \`esbuild --bundle --minify\`, browser, es2022, zod bundled, gzip -9; kB = 1000 B. Goals (issue 14) are over the plain zod object with an email field, bundled the same way. ${beforeNote}; zod/mini and valibot are measured from this commit only.`,
    '',
    '| entry | min+gzip kB | over the plain zod object, kB | goal, kB over it | before: min+gzip kB | before: over plain zod, kB | min B |',
    '|---|---:|---:|---|---:|---:|---:|',
  );
  for (const entry of c.entries) {
    const now = sizeOf(c.after, entry.file);
    const then = sizeOf(before, entry.file);
    if (now?.error !== undefined) {
      out.push(`| ${entry.label} | error: ${now.error} | | | | | |`);
      continue;
    }
    const over = now?.gzip === undefined || floor === undefined ? undefined : now.gzip - floor;
    const overBefore = then?.gzip === undefined || floorBefore === undefined ? undefined : then.gzip - floorBefore;
    const floorRow = entry.role === 'floor';
    const goal =
      entry.goalOverFloor === undefined
        ? floorRow
          ? 'the floor'
          : '–'
        : `≤ +${kB(entry.goalOverFloor)} ${yes(over !== undefined && over <= entry.goalOverFloor)}`;
    const cells = [
      entry.label,
      `**${kB(now?.gzip)}**`,
      floorRow ? '0' : signed(over === undefined ? undefined : over / 1000),
      goal,
      kB(then?.gzip),
      floorRow || overBefore === undefined ? '–' : signed(overBefore / 1000),
      now?.min?.toLocaleString('en') ?? '–',
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
}

/**
 * Goals of issue 14 for the cold import of each package's main entry, in ms over zod's own, set where
 * zod's own cold import took ZOD_MS_WHEN_SET (the issue's measurement, on an idle machine).
 */
const ZOD_MS_WHEN_SET = 69;
const IMPORT_GOALS = {
  '@iom/core': 15,
  '@iom/organization': 25,
  '@iom/trafficking': 30,
  '@iom/contact': 70,
  '@iom/missions': 70,
  '@iom/press': 70,
};

/** Cold import times, before and after, over zod's own cold import measured in the same run. */
function importSection(r, out, stamp, imports) {
  const i = r.imports;
  const before = i.before ?? r.stored?.imports;
  const beforeNote =
    i.before !== undefined
      ? `Before: ${r.stored?.commit ?? 'BENCH_BEFORE'}, in the same rounds`
      : before !== undefined
        ? `Before: ${r.stored.commit}, measured ${r.stored.measured} (before.json)`
        : 'No before figures';
  const zodBefore =
    before?.zod === undefined ? '' : ` (before: ${fmt(before.zod.ms, 1)} ms wall, ${fmt(before.zod.cpuMs, 1)} ms CPU)`;
  out.push(HEADINGS.import, '', ...stamp);
  out.push(
    `\`node -e "import('<pkg>')"\` in fresh processes, ${imports} rounds, each importing every package once (this commit and the one before alternating), so that a busy machine weighs on all alike. Medians of the wall time of the import inside the process, and of the process's CPU time over the same span (user + system: the work done, not the waits for a core of a shared machine). Load average at the end: ${i.load?.join(', ') ?? '?'}. zod alone: ${fmt(i.zod?.ms, 1)} ms wall, ${fmt(i.zod?.cpuMs, 1)} ms CPU${zodBefore}; zod with one five-field schema built (\`bench/src/zod-first-schema.mjs\`: what any app pays before it validates, the warm-up of zod's classes included): ${signed(i.zodFirstSchema?.cpuMs - i.zod?.cpuMs)} ms CPU over zod alone. Goals (issue 14) are in ms over zod's own import, judged here on CPU time: on an idle machine a cold import's wall time is about its CPU time (loading modules is synchronous work on one thread, files coming from the page cache), while on this shared machine the wall time mostly measures the waits for a core. They were set where zod's import took ${ZOD_MS_WHEN_SET} ms; the last goal column judges them as that share of zod's import, the figure that transfers across machines. ${beforeNote}.`,
    '',
    '| package | ms wall | over zod, ms wall | over zod, ms CPU | goal, ms over zod (CPU) | over zod, share of zod (CPU) | goal as a share of zod | before: over zod, ms wall | before: over zod, ms CPU |',
    '|---|---:|---:|---:|---|---:|---|---:|---:|',
  );
  for (const p of i.packages) {
    if (p.error !== undefined) {
      out.push(`| ${p.pkg} | not importable: ${p.error} | | | | | | | |`);
      continue;
    }
    const then = before?.packages?.find((x) => x.pkg === p.pkg);
    const overWall = p.ms - i.zod.ms;
    const overCpu = p.cpuMs - i.zod.cpuMs;
    const goal = IMPORT_GOALS[p.pkg];
    const cells = [
      p.pkg,
      fmt(p.ms, 1),
      signed(overWall),
      signed(overCpu),
      goal === undefined ? '–' : `≤ +${goal} ${yes(overCpu <= goal)}`,
      fmt(overCpu / i.zod.cpuMs),
      goal === undefined
        ? '–'
        : `≤ ${fmt(goal / ZOD_MS_WHEN_SET)} ${yes(overCpu / i.zod.cpuMs <= goal / ZOD_MS_WHEN_SET)}`,
      then?.ms === undefined ? '–' : signed(then.ms - before.zod.ms),
      then?.cpuMs === undefined ? '–' : signed(then.cpuMs - before.zod.cpuMs),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
}
