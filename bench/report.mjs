// Renders bench results as RESULTS.md: ratios first, absolute figures beside them (noisy VM).
const fmt = (n, digits = 2) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
const yes = (ok) => (ok ? 'met' : '**not met**');

/** A row's time over the hand-written validator's time for the same kind and payload (per round when measured so). */
function ratioOf(rows, row) {
  if (row.ratio !== undefined) return row.ratio;
  const hand = rows.find((x) => x.kind === row.kind && x.payload === row.payload && x.contestant === 'hand-written');
  return hand === undefined ? undefined : row.ns / hand.ns;
}

/** The text of the section of `markdown` whose heading starts with `heading`, up to the next `## `. */
function sectionOf(markdown, heading) {
  const start = markdown.indexOf(`\n${heading}`);
  if (start === -1) return undefined;
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end === -1 ? undefined : end).trimEnd();
}

export function report(r, { records, imports, previous }) {
  const out = [];
  // A section this run skipped (BENCH_SKIP) keeps its text from the previous RESULTS.md, marked as such.
  const previousDate = /Written by `npm run bench` on ([^,]+)/.exec(previous ?? '')?.[1];
  const keep = (heading) => {
    const text = previous === undefined ? undefined : sectionOf(previous, heading);
    if (text === undefined) return;
    const [title, ...body] = text.split('\n');
    const kept = /\(kept from /.test(title)
      ? title
      : `${title} (kept from the run of ${previousDate ?? 'an earlier date'})`;
    out.push(kept, ...body, '');
  };
  out.push('# Benchmark results', '');
  out.push(
    `Written by \`npm run bench\` on ${r.date}, Node ${r.node}. Ratios transfer across machines; absolute figures are this VM's and noisy.`,
    '',
  );

  if (r.validation) {
    out.push('## Validation per payload kind', '');
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
  }

  if (!r.validation) keep('## Validation per payload kind');

  if (r.ndjson) {
    const n = r.ndjson;
    out.push('## `iom validate` over NDJSON case records, on one thread and on every core', '');
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
  }

  if (!r.ndjson) keep('## `iom validate` over NDJSON');

  if (r.sizes) {
    out.push('## Bundle size per entry point', '');
    out.push(
      '`esbuild --bundle --minify` (browser, es2022; the CLI for node), zod external, gzip -9. Built `dist` when present, else sources.',
      '',
    );
    out.push('| entry point | from | min B | min+gzip B |', '|---|---|---:|---:|');
    for (const s of r.sizes)
      out.push(
        s.error
          ? `| ${s.specifier} | error: ${s.error} | | |`
          : `| ${s.specifier} | ${s.from} | ${s.min.toLocaleString('en')} | **${s.gzip.toLocaleString('en')}** |`,
      );
    out.push('');
  }

  if (!r.sizes) keep('## Bundle size per entry point');

  if (r.imports) {
    out.push('## Cold import time', '');
    out.push(
      `\`node -e "import('<pkg>')"\`, ${imports} fresh processes each, median time of the import inside the process. zod alone: ${fmt(r.imports.zod.ms, 1)} ms.`,
      '',
    );
    out.push('| package | ms | × zod alone | added over zod, ms |', '|---|---:|---:|---:|');
    for (const p of r.imports.packages)
      out.push(
        p.error
          ? `| ${p.pkg} | not importable: ${p.error} | | |`
          : `| ${p.pkg} | ${fmt(p.ms, 1)} | ${fmt(p.ms / r.imports.zod.ms)} | ${fmt(p.ms - r.imports.zod.ms, 1)} |`,
      );
    out.push('');
  }

  if (!r.imports) keep('## Cold import time');

  if (r.tsc) {
    const t = r.tsc;
    const count = t.kinds.length;
    const diff = t.consumer.instantiations - t.baseline.instantiations;
    out.push('## Type-check cost for a consumer', '');
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
    out.push('');
  }
  if (!r.tsc) keep('## Type-check cost for a consumer');

  out.push(
    `Reproduce: \`npm run bench -w @iom/bench\` (BENCH_RECORDS=${records === 1_000_000 ? '1000000' : records} for the NDJSON size; BENCH_SKIP=build,validation,ndjson,sweep,parallel,size,import,tsc to skip sections; BENCH_KINDS=iom.contact-point@1,… to measure the validation of some kinds only).`,
    '',
  );
  return out.join('\n');
}
