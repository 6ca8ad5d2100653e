import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, testPackage } from '../test/fixture.js';
import type { RecordResult } from './commands/validate.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'iom-cli-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const run = async (
  argv: string[],
  stdin: string[] = [],
  options: { stderrIsTTY?: boolean; progressThreshold?: number } = {},
) => {
  const memory = memoryIo(stdin, {
    cwd: dir,
    ...(options.stderrIsTTY === undefined ? {} : { stderrIsTTY: options.stderrIsTTY }),
  });
  const code = await main(argv, memory.io, {
    packages: [testPackage],
    progressThreshold: options.progressThreshold ?? 1e9,
  });
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
};

const valid = { $kind: 'test.note@1', title: 'Hello', count: 2 };
const secret = 'Maria-Secret-Victim-Name';
const invalid = { $kind: 'test.note@1', title: '', count: secret, email: `${secret}@@` };

describe('iom validate', () => {
  it('exits 0 when every record is valid, and says how many', async () => {
    const name = file('ok.json', JSON.stringify(valid, null, 2));
    const result = await run(['validate', name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok.json: 1 record(s): 1 valid, 0 invalid\n');
  });

  it('exits 1 on an invalid record, with paths, codes and messages but never the values', async () => {
    const name = file('bad.ndjson', `${JSON.stringify(valid)}\n${JSON.stringify(invalid)}\n`);
    const result = await run(['validate', name]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('bad.ndjson:2 [1]: invalid test.note@1');
    expect(result.stdout).toMatch(/ {2}title {2}too_small /);
    expect(result.stdout).toMatch(/ {2}count {2}invalid_type /);
    expect(result.stdout).toMatch(/ {2}email {2}invalid_format /);
    expect(result.stdout).not.toContain(secret);
  });

  it('writes one JSON result per record with --format json, in the chosen locale', async () => {
    const name = file('mixed.json', JSON.stringify([valid, invalid, { title: 'x', count: 1 }]));
    const result = await run(['validate', name, '--format', 'json', '--locale', 'fr']);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ file: 'mixed.json', record: 0, line: 1, kind: 'test.note@1', valid: true, issues: [] });
    expect(lines[1]).toMatchObject({ record: 1, kind: 'test.note@1', valid: false });
    expect(lines[1].issues.map((i: { code: string }) => i.code)).toEqual([
      'too_small',
      'invalid_type',
      'invalid_format',
    ]);
    expect(lines[2]).toMatchObject({
      kind: null,
      valid: false,
      issues: [{ code: 'payload_kind_missing', path: ['$kind'] }],
    });
    expect(lines[2].issues[0].message).not.toBe('');
    expect(result.stdout).not.toContain(secret);
    // French messages differ from the English ones.
    const english = await run(['validate', name, '--format', 'json']);
    expect(english.stdout).not.toBe(result.stdout);
    expect(result.stderr).toContain('3 enregistrement(s)');
  });

  it('takes the kind from the argument for payloads without $kind', async () => {
    const name = file('bare.json', JSON.stringify({ title: 'x', count: 1 }));
    expect((await run(['validate', 'test.note', name])).code).toBe(0);
    expect((await run(['validate', '--kind', 'test.note@1', name])).code).toBe(0);
    const unknown = await run(['validate', 'test.other', name]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown payload kind test.other; known kinds: test.note@1');
  });

  it('validates every data file under a directory', async () => {
    const sub = join(dir, 'tree', 'nested');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(dir, 'tree', 'a.json'), JSON.stringify(valid));
    writeFileSync(join(sub, 'b.ndjson'), `${JSON.stringify(valid)}\n${JSON.stringify(valid)}\n`);
    writeFileSync(join(sub, 'notes.txt'), 'not data');
    const result = await run(['validate', 'tree']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'tree/a.json: 1 record(s): 1 valid, 0 invalid\ntree/nested/b.ndjson: 2 record(s): 2 valid, 0 invalid\n',
    );
  });

  it('reads standard input for - and when no file is given', async () => {
    expect((await run(['validate', '-'], [JSON.stringify(valid)])).code).toBe(0);
    const result = await run(['validate'], [`${JSON.stringify(valid)}\n`, `${JSON.stringify(invalid)}\n`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('-: 2 record(s): 1 valid, 1 invalid');
  });

  it('exits 2 with line and column for a file that is not JSON', async () => {
    const name = file('broken.json', '{\n  "title": "x",\n  "count": 1,\n}\n');
    const result = await run(['validate', name]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('broken.json:4:1: not JSON: a property name in double quotes is expected');
    const es = await run(['validate', name, '-l', 'es', '-f', 'json']);
    expect(JSON.parse(es.stdout.trim())).toMatchObject({
      line: 4,
      column: 1,
      valid: false,
      issues: [{ code: 'json_property_name_expected' }],
    });
  });

  it('never quotes the input in a syntax error', async () => {
    const name = file('leak.ndjson', `{"name": "${secret}" "x": 1}\n`);
    const result = await run(['validate', name]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('exits 2 for a missing file and for usage errors', async () => {
    const missing = await run(['validate', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.json');
    expect((await run(['validate', '--bogus'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['validate', '-', '--locale', 'de'], ['{}'])).stderr).toContain('--locale must be en, fr or es');
    expect((await run(['validate', '-', '--format', 'xml'], ['{}'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: iom <command>');
  });

  it('writes JSON results exactly as JSON.stringify would, in few large writes', async () => {
    const name = file(
      'we"ird\\name.ndjson',
      `${`${JSON.stringify(valid)}\n`.repeat(3000)}${JSON.stringify(invalid)}\n`,
    );
    const memory = memoryIo([], { cwd: dir });
    let writes = 0;
    const stdout = memory.io.stdout;
    const io: CliIo = {
      ...memory.io,
      stdout: {
        write: (text) => {
          writes++;
          return stdout.write(text);
        },
      },
    };
    expect(await main(['validate', name, '-f', 'json'], io, { packages: [testPackage] })).toBe(1);
    const lines = memory.stdout().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3001);
    lines.forEach((line, index) => {
      const result = JSON.parse(line) as RecordResult;
      expect(result).toMatchObject({ file: name, record: index, line: index + 1, kind: 'test.note@1' });
      // Byte for byte what JSON.stringify gives for the same result, key order included.
      expect(line).toBe(JSON.stringify(result));
    });
    expect(writes).toBeLessThan(20);
  });

  it('waits for drain when stdout asks for it, and loses nothing', async () => {
    const text = `${JSON.stringify(valid)}\n${JSON.stringify(invalid)}\n`.repeat(5000);
    const name = file('drain.ndjson', text);
    const memory = memoryIo([], { cwd: dir });
    const out: string[] = [];
    let pending = false;
    let waits = 0;
    // A stream whose buffer is always full: every write asks for drain, which comes a little later.
    const stdout = new (class extends EventEmitter {
      write(chunk: string): boolean {
        // A write before drain would mean the command ignores backpressure.
        expect(pending).toBe(false);
        out.push(chunk);
        pending = true;
        setTimeout(() => {
          pending = false;
          this.emit('drain');
        }, 1);
        return false;
      }
    })();
    stdout.on('newListener', (event) => {
      if (event === 'drain') waits++;
    });
    expect(await main(['validate', name, '-f', 'json'], { ...memory.io, stdout }, { packages: [testPackage] })).toBe(1);
    const lines = out.join('').trim().split('\n');
    expect(lines).toHaveLength(10000);
    expect(lines.map((line) => (JSON.parse(line) as RecordResult).valid).filter((v) => !v)).toHaveLength(5000);
    expect(waits).toBe(out.length);
  });

  it('reads CRLF and lone-CR line ends, with the same line numbers as LF', async () => {
    const lf = await run(['validate', file('lf.ndjson', `${JSON.stringify(valid)}\n\n${JSON.stringify(invalid)}\n`)]);
    const crlf = await run([
      'validate',
      file('lf.ndjson', `${JSON.stringify(valid)}\r\n\r\n${JSON.stringify(invalid)}\r\n`),
    ]);
    const cr = await run(['validate', file('lf.ndjson', `${JSON.stringify(valid)}\r\r${JSON.stringify(invalid)}\r`)]);
    expect(lf.stdout).toContain('lf.ndjson:3 [1]: invalid test.note@1');
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
  });

  it('draws a progress bar on a terminal for large input, and erases it', async () => {
    const name = file('big.ndjson', `${JSON.stringify(valid)}\n`.repeat(2000));
    const tty = await run(['validate', name], [], { stderrIsTTY: true, progressThreshold: 1000 });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\rbig\.ndjson \[#*-*\] \d+% [\d,]+ records/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    const pipe = await run(['validate', name], [], { stderrIsTTY: false, progressThreshold: 1000 });
    expect(pipe.stderr).toBe('');
    const small = await run(['validate', name], [], { stderrIsTTY: true, progressThreshold: 1e9 });
    expect(small.stderr).toBe('');
  });
});

describe('iom schema, kinds, labels', () => {
  it('prints the JSON Schema of a kind', async () => {
    const result = await run(['schema', 'test.note']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:iom:payload:test.note@1',
    });
    expect(schema.required).toEqual(['title', 'count']);
    expect((await run(['schema', 'nope.kind'])).code).toBe(2);
    expect((await run(['schema'])).stderr).toContain('known kinds: test.note@1');
  });

  it('lists kinds', async () => {
    expect((await run(['kinds', '-l', 'es'])).stdout).toBe('test.note@1\t@test/notes\tNota\n');
  });

  it('lists code lists and prints one in a locale', async () => {
    expect((await run(['labels'])).stdout).toBe('colour\t@test/notes\t2\nsquare-shape\t@test/notes\t1\n');
    expect((await run(['labels', 'colour', '--locale', 'fr'])).stdout).toBe('red\tRouge\nblue\tBleu\n');
    expect((await run(['labels', 'ColourLabels', '-l', 'es'])).stdout).toBe('red\tRojo\nblue\tAzul\n');
    expect(JSON.parse((await run(['labels', 'square-shape', '-f', 'json', '-l', 'fr'])).stdout)).toEqual([
      { code: 'square', label: 'Carré' },
    ]);
    const unknown = await run(['labels', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Available: colour, square-shape');
  });
});

describe('iom convert', () => {
  it('lists the converters found, with their options, in text and JSON', async () => {
    const result = await run(['convert']);
    expect(result.stdout).toBe(
      [
        'fromVCard\t@test/notes\tfrom vCard 4 (text)',
        'toBroken\t@test/notes\tto nothing',
        'toNoteCsv\t@test/notes\tto note CSV',
        `    ${'-o layout=short|long'.padEnd(36)} required; the columns`,
        `    ${'-o k=<number>≥2'.padEnd(36)} default 11; the smallest group`,
        `    ${'-o at=<YYYY-MM-DD>'.padEnd(36)} a day`,
        'toVCard\t@test/notes\tto vCard 4 (text)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run(['convert', '-f', 'json', '-l', 'fr'])).stdout) as Array<{
      name: string;
      format: string;
      options: Array<Record<string, unknown>>;
    }>;
    expect(json.map((row) => row.name)).toEqual(['fromVCard', 'toBroken', 'toNoteCsv', 'toVCard']);
    expect(json[2]?.format).toBe('notes en CSV');
    expect(json[2]?.options).toEqual([
      {
        name: 'layout',
        type: 'choice',
        required: true,
        values: ['short', 'long'],
        allowed: 'valeurs admises : short, long',
        description: 'les colonnes',
      },
      {
        name: 'k',
        type: 'integer',
        required: false,
        min: 2,
        default: 11,
        allowed: 'un nombre entier, au moins 2',
        description: 'le plus petit groupe',
      },
      { name: 'at', type: 'date', required: false, allowed: 'une date écrite AAAA-MM-JJ', description: 'un jour' },
    ]);
  });

  it('shows the converters and their options with --help, and one converter with its name', async () => {
    const all = await run(['convert', '--help']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Usage: iom convert [converter] [file|-] [-o name=value]...');
    expect(all.stdout).toContain('-o layout=short|long');
    const one = await run(['convert', 'toNoteCsv', '-h', '-l', 'es']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Usage: iom convert toNoteCsv [file|-] -o layout=… [-o k=…] [-o at=…]');
    expect(one.stdout).toContain('obligatoria; las columnas');
    expect(one.stdout).toContain('payloads of test.note@1');
  });

  it('validates payloads before converting them, one by one or all together', async () => {
    const name = file('notes.json', JSON.stringify([valid, { ...valid, title: 'Two' }]));
    const one = await run(['convert', 'toVCard', name]);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(
      'BEGIN:VCARD\nVERSION:4.0\nFN:Hello\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Two\nEND:VCARD\n',
    );
    const all = await run(['convert', 'to-note-csv', name, '-o', 'layout=long']);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe('title,count\nHello,2\nTwo,2\n');
    const bad = await run(['convert', 'toVCard', file('bad-note.json', JSON.stringify(invalid))]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('invalid test.note@1');
    expect(bad.stdout + bad.stderr).not.toContain(secret);
  });

  it("validates a record without $kind against the converter's kind, and refuses kinds it does not convert", async () => {
    const { $kind: _, ...bare } = valid;
    const ok = await run(['convert', 'toVCard', '-'], [JSON.stringify(bare)]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('FN:Hello');
    const broken = await run(['convert', 'toVCard', '-'], [JSON.stringify({ title: secret })]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('-:1 [0]: invalid test.note@1');
    expect(broken.stdout + broken.stderr).not.toContain(secret);
  });

  it('passes options: integers as numbers, dates checked, defaults left to the converter', async () => {
    const name = file('notes.ndjson', `${JSON.stringify(valid)}\n`);
    const result = await run([
      'convert',
      'toNoteCsv',
      name,
      '-o',
      'layout=short',
      '--option',
      'k=3',
      '-o',
      'at=2024-02-29',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('title\nHello\nk=3\nat=2024-02-29\n');
  });

  it('refuses a missing, unknown, repeated or wrong option with a usage error naming it and what it takes', async () => {
    const name = file('one-note.ndjson', `${JSON.stringify(valid)}\n`);
    const cases: Array<[string[], string, string]> = [
      [[], 'en', 'iom: toNoteCsv needs option layout (-o layout=…): allowed values: short, long\n'],
      [['-o', 'layout=wide'], 'en', 'iom: toNoteCsv: layout=wide is not allowed; allowed values: short, long\n'],
      [['-o', 'layout=wide'], 'fr', "iom: toNoteCsv : layout=wide n'est pas admis ; valeurs admises : short, long\n"],
      [['-o', 'layout=wide'], 'es', 'iom: toNoteCsv: layout=wide no se admite; valores admitidos: short, long\n'],
      [['-o', 'layout=short', '-o', 'k=1'], 'en', 'iom: toNoteCsv: k=1 is not allowed; a whole number, at least 2\n'],
      [
        ['-o', 'layout=short', '-o', 'k=2.5'],
        'en',
        'iom: toNoteCsv: k=2.5 is not allowed; a whole number, at least 2\n',
      ],
      [
        ['-o', 'layout=short', '-o', 'at=2023-02-29'],
        'en',
        'iom: toNoteCsv: at=2023-02-29 is not allowed; a date written YYYY-MM-DD\n',
      ],
      [
        ['-o', 'layout=short', '-o', 'colour=red'],
        'en',
        'iom: toNoteCsv has no option colour; its options: layout, k, at\n',
      ],
      [['-o', 'layout=short', '-o', 'layout=long'], 'en', 'iom: option layout of toNoteCsv is given more than once\n'],
      [['-o', 'layout'], 'en', 'iom: option layout must be written name=value (-o layout=kanon-2020)\n'],
    ];
    for (const [extra, locale, message] of cases) {
      const result = await run(['convert', 'toNoteCsv', name, '-l', locale, ...extra]);
      expect(result.code, extra.join(' ')).toBe(2);
      expect(result.stderr, extra.join(' ')).toBe(message);
      expect(result.stdout).toBe('');
    }
    const none = await run(['convert', 'toVCard', name, '-o', 'k=3']);
    expect(none.stderr).toBe('iom: toVCard has no option k; its options: none\n');
    const elsewhere = await run(['validate', name, '-o', 'k=3', '-l', 'es']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('las opciones (-o nombre=valor) se dan a un convertidor');
    expect((await run(['convert', '-o', 'k=3'])).code).toBe(2);
    expect((await run(['convert', 'toVCard', name, name])).stderr).toContain('iom convert reads one input');
  });

  it('reads text formats whole and reports a reader issues on stderr', async () => {
    const result = await run(['convert', 'fromVCard', '-'], ['BEGIN:VCARD\nFN:Ana\nEND:VCARD\n']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ title: 'Ana', count: 0 }]);
    expect(result.stderr).toBe('  count  count_defaulted  count set to 0\n');
    expect((await run(['convert', 'toNothing'])).code).toBe(2);
  });

  it('reports an unexpected error in one line, in the caller’s language, with no stack and no input (exit 2)', async () => {
    for (const [locale, start] of [
      ['en', 'iom: internal error in iom convert toBroken: TypeError at '],
      ['fr', 'iom: erreur interne dans iom convert toBroken : TypeError at '],
      ['es', 'iom: error interno en iom convert toBroken: TypeError at '],
    ] as const) {
      const result = await run(['convert', 'toBroken', '-', '-l', locale], [JSON.stringify({ title: secret })]);
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(start)).toBe(true);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
  });
});
