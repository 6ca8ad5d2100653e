// `--jobs`: worker threads give exactly what one thread gives (stdout, stderr, exit code), in input
// order, with bounded memory when stdout is slow, and one progress bar.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../test/examples.js';
import { memoryIo } from '../../test/fixture.js';
import { bundleTestWorker } from '../../test/worker-bundle.js';
import { loadPackages } from '../discover.js';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

let workerUrl: URL;
beforeAll(async () => {
  workerUrl = await bundleTestWorker('jobs-test');
}, 120_000);
// Loaded once here: main loads them itself (no `packages` option, so that workers may run).
await loadPackages();

const dir = mkdtempSync(join(tmpdir(), 'iom-jobs-'));
const cases = readFileSync(join(EXAMPLES_DIR, 'trafficking/cases.ndjson'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const release = readFileSync(join(EXAMPLES_DIR, 'press/release-en.json'), 'utf8');

/**
 * NDJSON with everything a reader meets: valid and invalid cases, lines that are not JSON, blank lines,
 * `\r\n` and lone `\r` line ends, a record of another kind, a value that is not an object, a BOM, and a
 * last line without `\n`.
 */
function mixedNdjson(records: number): string {
  let text = '\ufeff';
  for (let i = 0; i < records; i++) {
    const base = cases[i % cases.length] as Record<string, unknown>;
    const record: Record<string, unknown> = { ...base, id: `CASE-GEN-${i}` };
    if (i % 7 === 3) record.registrationDate = 'not-a-date';
    if (i % 13 === 5) record.person = { gender: 'Unknown-Gender' };
    let line = JSON.stringify(record);
    if (i % 11 === 4) line = `{"id": "CASE-GEN-${i}", "broken": `;
    if (i % 97 === 50) line = '[1, 2]';
    if (i % 89 === 20) line = JSON.stringify(JSON.parse(release));
    const end = i % 17 === 0 ? '\r\n' : i % 53 === 1 ? '\r' : '\n';
    text += line + end;
    if (i % 29 === 0) text += i % 2 === 0 ? '\n' : '   \n';
  }
  return `${text}${JSON.stringify({ ...cases[0], id: 'CASE-LAST' })}`;
}

const run = async (argv: string[], options: { stdin?: string[]; tty?: boolean } = {}) => {
  const memory = memoryIo(options.stdin ?? [], { cwd: dir, stderrIsTTY: options.tty ?? false });
  const code = await main(argv, memory.io, {
    workerUrl,
    batchBytes: 4096,
    parallelThreshold: 64 * 1024,
    progressThreshold: 0,
  });
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), both: memory.both() };
};

const text = mixedNdjson(1500);
writeFileSync(join(dir, 'mixed.ndjson'), text);

describe('iom validate --jobs', { timeout: 120_000 }, () => {
  it('gives what one thread gives, in text and JSON, from a file and from stdin', async () => {
    for (const [format, jobs] of [
      ['text', '2'],
      ['json', '3'],
    ] as const) {
      const one = await run(['validate', 'mixed.ndjson', '--jobs', '1', '-f', format]);
      expect(one.code).toBe(2);
      expect(one.stdout.length).toBeGreaterThan(10_000);
      expect(await run(['validate', 'mixed.ndjson', '--jobs', jobs, '-f', format])).toEqual(one);
    }
    const stdin = [text.slice(0, 5000), text.slice(5000)];
    const piped = await run(['validate', '-', '--jobs', '2', '-f', 'json'], { stdin });
    expect(piped).toEqual(await run(['validate', '-', '--jobs', '1', '-f', 'json'], { stdin: [text] }));
    // Whatever the number of workers, every record is there once, in input order.
    const json = await run(['validate', 'mixed.ndjson', '--jobs', '2', '-f', 'json']);
    const numbers = json.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { record: number }).record);
    expect(numbers).toEqual(numbers.map((_, i) => i));
    // The summary, then the notes on valid records of an older version, counted over every worker's batches.
    const notes = ['iom.trafficking-case', 'iom.press-release'].map((kind) => {
      const older = json.stdout.split(`"kind":"${kind}@1","valid":true`).length - 1;
      expect(older).toBeGreaterThan(0);
      return `${older} valid record(s) of ${kind}@1 migrate to ${kind}@2 without loss: iom migrate --to ${kind}@2\n`;
    });
    expect(json.stderr).toBe(
      `mixed.ndjson: ${numbers.length} record(s): ${json.stdout.split('"valid":true').length - 1} valid, ${json.stdout.split('"valid":false').length - 1} invalid\n` +
        notes.join(''),
    );
  });

  it('gives the same as one thread without --jobs (workers start past the threshold), and on several files', async () => {
    writeFileSync(join(dir, 'small.ndjson'), `${JSON.stringify(cases[0])}\n{"x":\n`);
    const argv = ['validate', 'mixed.ndjson', 'small.ndjson', 'mixed.ndjson', '-f', 'json'];
    expect(await run(argv)).toEqual(await run([...argv, '-j', '1']));
  });

  it('reads JSON arrays and single documents on one thread, with the same results', async () => {
    writeFileSync(join(dir, 'array.json'), JSON.stringify(cases));
    writeFileSync(join(dir, 'document.json'), JSON.stringify(cases[0], null, 2));
    for (const file of ['array.json', 'document.json']) {
      expect(await run(['validate', file, '-j', '2'])).toEqual(await run(['validate', file, '-j', '1']));
    }
  });

  it('draws one progress bar for the whole input, whatever the number of workers', async () => {
    const result = await run(['validate', 'mixed.ndjson', '--jobs', '2'], { tty: true });
    const draws = result.stderr.split('\r').filter((part) => part !== '' && part !== '\x1b[K');
    expect(draws.length).toBeGreaterThan(0);
    const erase = '\x1b[K';
    for (const draw of draws) {
      expect(draw.endsWith(erase)).toBe(true);
      expect(draw.slice(0, -erase.length)).toMatch(/^mixed\.ndjson \[[#-]+\] \d+% [\d,]+ records$/);
    }
    const counts = draws.map((draw) => Number(/% ([\d,]+) records/.exec(draw)?.[1]?.replace(/,/g, '')));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('refuses a --jobs that is not a whole number of at least 1, in the caller’s language', async () => {
    for (const [value, locale, message] of [
      ['0', 'en', 'iom: --jobs takes a whole number of worker threads, at least 1\n'],
      ['two', 'fr', 'iom: --jobs prend un nombre entier de fils de travail, au moins 1\n'],
      ['-3', 'es', 'iom: --jobs toma un número entero de hilos de trabajo, como mínimo 1\n'],
    ] as const) {
      const result = await run(['validate', 'mixed.ndjson', `--jobs=${value}`, '-l', locale]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(message);
    }
  });

  it('reports a worker that fails in one line, without its message, and exits 2', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(
      broken,
      `import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', () => { throw new TypeError('Maria Secret-Name'); });
`,
    );
    const memory = memoryIo([], { cwd: dir });
    const code = await main(['validate', 'mixed.ndjson', '-j', '2'], memory.io, {
      workerUrl: pathToFileURL(broken),
      batchBytes: 4096,
    });
    expect(code).toBe(2);
    expect(memory.stderr()).toBe(
      'iom: internal error in iom validate: worker thread: TypeError (no input data is shown; please report it with the command you ran)\n',
    );
  });

  it('keeps memory bounded when stdout is slow: reading waits for the output to be taken', async () => {
    const batchBytes = 4096;
    const line = `${JSON.stringify(cases[0])}\n`;
    const perChunk = 20;
    const chunks = 1000;
    let pulled = 0;
    let written = -1;
    let lag = 0;
    const stdin = Object.assign(
      (async function* () {
        for (let i = 0; i < chunks; i++) {
          pulled += perChunk;
          lag = Math.max(lag, pulled - written);
          yield line.repeat(perChunk);
        }
      })(),
      { isTTY: false },
    );
    // A consumer that takes each write only later: `write` returns false, `drain` comes a tick after.
    const stdout = Object.assign(new EventEmitter(), {
      write: (text: string) => {
        const last = /"record":(\d+),[^\n]*\n$/.exec(text);
        if (last !== null) written = Number(last[1]);
        setImmediate(() => stdout.emit('drain'));
        return false;
      },
    });
    const memory = memoryIo([], { cwd: dir });
    const io: CliIo = { ...memory.io, stdin, stdout };
    const code = await main(['validate', '-', '-j', '2', '-f', 'json'], io, { workerUrl, batchBytes });
    expect(memory.stderr()).toBe(
      `-: ${perChunk * chunks} record(s): ${perChunk * chunks} valid, 0 invalid\n` +
        `${perChunk * chunks} valid record(s) of iom.trafficking-case@1 migrate to iom.trafficking-case@2 without loss: iom migrate --to iom.trafficking-case@2\n`,
    );
    expect(code).toBe(0);
    expect(written).toBe(perChunk * chunks - 1);
    // Records read but not yet written: at most the batches out (64 per worker for batches this small),
    // one being written,
    // one chunk, and the output gathered before a write (64 KiB, as on one thread): a bound that does not
    // grow with the input (20,000 records here).
    const recordsPerBatch = Math.ceil(batchBytes / line.length) + 1;
    const shortestOutput =
      '{"file":"-","record":0,"line":1,"kind":"iom.trafficking-case@1","valid":true,"issues":[]}\n';
    const gathered = Math.ceil(65536 / shortestOutput.length) + 1;
    expect(lag).toBeLessThanOrEqual((64 * 2 + 1) * recordsPerBatch + perChunk + gathered);
  });
});

describe('iom validate --ndjson on pieces of an input (GNU parallel --pipe, Spark RDD.pipe)', () => {
  const verdicts = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((line) => {
        const { kind, valid, issues } = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify({ kind, valid, issues });
      });

  it('gives, piece by piece, the verdicts of the whole input, even for a piece that starts with a broken line', async () => {
    const whole = await run(['validate', 'mixed.ndjson', '-j', '1', '-f', 'json']);
    const lines = text.split('\n');
    const broken = lines.findIndex((line, i) => i > 100 && line.includes('"broken"'));
    const pieces = [lines.slice(0, 60), lines.slice(60, broken), lines.slice(broken)].map((piece, i, all) =>
      i < all.length - 1 ? `${piece.join('\n')}\n` : piece.join('\n'),
    );
    const split: string[] = [];
    for (const piece of pieces) {
      const result = await run(['validate', '-', '--ndjson', '-j', '1', '-f', 'json'], { stdin: [piece] });
      split.push(...verdicts(result.stdout));
    }
    expect(split).toEqual(verdicts(whole.stdout));
    // Without --ndjson, a piece whose first line is broken is read as one document.
    const guessed = await run(['validate', '-', '-j', '1', '-f', 'json'], { stdin: [pieces[2] as string] });
    expect(verdicts(guessed.stdout)).toHaveLength(1);
  });
});

describe('iom convert --jobs', { timeout: 120_000 }, () => {
  it('gives what one thread gives, stdout and stderr in the same order, stopping at a line that is not JSON', async () => {
    const releases = [release, release.replace('"language": "en"', '"language": 42')]
      .map((r) => JSON.stringify(JSON.parse(r)))
      .concat(JSON.stringify(cases[0]));
    const lines = Array.from({ length: 300 }, (_, i) => releases[i % 3]);
    writeFileSync(join(dir, 'releases.ndjson'), `${lines.join('\n')}`);
    writeFileSync(join(dir, 'releases-broken.ndjson'), `${lines.join('\n')}\n{"broken":\n${lines.join('\n')}\n`);
    for (const file of ['releases.ndjson', 'releases-broken.ndjson']) {
      for (const converter of [['toNinjs', '-o', 'version=3.1'], ['toJsonLd']]) {
        const one = await run(['convert', ...converter.slice(0, 1), file, ...converter.slice(1), '-j', '1']);
        const two = await run(['convert', ...converter.slice(0, 1), file, ...converter.slice(1), '-j', '2']);
        expect(one.code).toBe(file === 'releases.ndjson' ? 1 : 2);
        expect(one.stdout.length).toBeGreaterThan(1000);
        expect(two).toEqual(one);
      }
    }
  });
});
