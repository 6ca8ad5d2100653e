// `iom convert` on the real packages and the repository's example payloads: EVERY converter the
// command lists runs through `main` (real discovery, real options), `to…` converters on the bundled
// examples of their kinds, `from…` converters on what the matching `to…` converter wrote, with each
// value of every required choice option; each output is checked for what that format must hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, loadExamples } from '../test/examples.js';
import { memoryIo } from '../test/fixture.js';
import { loadPackages } from './discover.js';
import { main } from './main.js';

const { packages } = await loadPackages();
const examples = loadExamples();
const cases = readFileSync(join(EXAMPLES_DIR, 'trafficking/cases.ndjson'), 'utf8');
const caseRecords = cases
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);

const consented = caseRecords.filter(
  (record) => (record.consent as { dataForResearch?: string } | undefined)?.dataForResearch === 'yes',
).length;

const run = async (argv: string[], stdin: string[] = []) => {
  const memory = memoryIo(stdin, { cwd: EXAMPLES_DIR });
  const code = await main(argv, memory.io, { packages });
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
};

interface ListedOption {
  name: string;
  type: string;
  required: boolean;
  values?: string[];
}
interface Listed {
  name: string;
  direction: 'to' | 'from';
  input: 'record' | 'records' | 'text';
  output: 'json' | 'text';
  kinds: string[];
  options: ListedOption[];
}
const listed = JSON.parse((await run(['convert', '--format', 'json'])).stdout) as Listed[];

/** Each combination of the values of the converter's required choice options, as `-o` arguments. */
function optionSets(converter: Listed): string[][] {
  let sets: string[][] = [[]];
  for (const option of converter.options.filter((o) => o.required)) {
    expect(option.type, `${converter.name} ${option.name}`).toBe('choice');
    sets = sets.flatMap((set) => (option.values ?? []).map((value) => [...set, '-o', `${option.name}=${value}`]));
  }
  return sets;
}

/** The examples a `to…` converter reads: the files holding payloads of its kinds. */
function inputFiles(converter: Listed): string[] {
  const files = examples
    .filter(({ payload }) => converter.kinds.includes((payload as { $kind?: string }).$kind ?? ''))
    .map(({ file }) => file);
  if (converter.kinds.includes('iom.trafficking-case@1')) files.push('trafficking/cases.ndjson');
  return [...new Set(files)];
}

const isCsv = (text: string, firstColumn: string) => text.split(/\r?\n/)[0]?.split(',')[0] === firstColumn;
const directIdentifiers = (record: Record<string, unknown>) =>
  [record.id, (record.person as { name?: unknown } | undefined)?.name].filter((v) => typeof v === 'string');

/** What the output of each converter must hold; a converter without an entry fails the test. */
const PLAUSIBLE: Record<string, (stdout: string, input: string) => void> = {
  toVCard: (out) => expect(out).toMatch(/^BEGIN:VCARD\r?\nVERSION:4\.0\r?\n[\s\S]*FN:[^\r\n]+[\s\S]*END:VCARD\r?\n$/),
  toJCard: (out) =>
    expect(JSON.parse(out)).toMatchObject(['vcard', expect.arrayContaining([['version', {}, 'text', '4.0']])]),
  fromVCard: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(1),
  fromJCard: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(1),
  toNinjs: (out, input) => {
    const document = JSON.parse(out) as { uri?: unknown; language?: unknown; standard?: { version?: unknown } };
    expect(typeof document.uri).toBe('string');
    expect(document.language).toBe((JSON.parse(input) as { language: string }).language);
    expect(['2.2', '3.1']).toContain(document.standard?.version);
  },
  fromNinjs: (out) =>
    expect(JSON.parse(out)).toMatchObject({ language: expect.any(String), title: expect.any(String) }),
  toJsonLd: (out) => expect(JSON.parse(out)).toMatchObject({ '@context': expect.anything(), '@type': 'NewsArticle' }),
  toOrgJsonLd: (out) => expect((JSON.parse(out) as { '@graph': unknown[] })['@graph'].length).toBeGreaterThan(1),
  toPopolo: (out) => expect((JSON.parse(out) as { organizations: unknown[] }).organizations.length).toBeGreaterThan(1),
  toHtcds: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(caseRecords.length),
  toHtcdsCsv: (out) => expect(out.trimEnd().split(/\r?\n/).length).toBeGreaterThan(caseRecords.length),
  fromHtcds: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(caseRecords.length),
  fromHtcdsCsv: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(caseRecords.length),
  // Three examples, one without consent to research use, k = 2: two rows (identifiers are checked below).
  toCtdc: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(consented),
  toCtdcCsv: (out) => {
    expect(isCsv(out, 'yearOfRegistration')).toBe(true);
    expect(out.trimEnd().split(/\r?\n/).length).toBe(1 + consented);
  },
  fromCtdc: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(consented),
  fromCtdcCsv: (out) => expect((JSON.parse(out) as unknown[]).length).toBe(consented),
};

describe('iom convert on the real packages', () => {
  it('lists converters of every domain package, each with a plausibility check here', () => {
    expect(new Set(listed.map((c) => c.name))).toEqual(new Set(Object.keys(PLAUSIBLE)));
  });

  it('runs every listed converter on the bundled examples, with every value of its required options', {
    timeout: 120_000,
  }, async () => {
    const ran: string[] = [];
    for (const converter of listed) {
      if (converter.direction !== 'to') continue;
      const files = inputFiles(converter);
      expect(files.length, converter.name).toBeGreaterThan(0);
      for (const options of optionSets(converter)) {
        // k = 2 so that some of the three example cases pass k-anonymity (the default, 11, suppresses all).
        const extra = converter.options.some((o) => o.name === 'k') ? ['-o', 'k=2'] : [];
        for (const file of files) {
          const to = await run(['convert', converter.name, file, ...options, ...extra]);
          expect(to.code, `${converter.name} ${file} ${options.join(' ')}: ${to.stderr}`).toBe(0);
          PLAUSIBLE[converter.name]?.(to.stdout, readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
          ran.push(converter.name);
          const back = listed.find((c) => c.name === `from${converter.name.slice(2)}`);
          if (back === undefined || to.stdout.trim() === '[]') continue;
          // The reader takes the options it has (the CTDC layout), not the writer's others.
          const backOptions = options.filter((_, i) => {
            const pair = i % 2 === 0 ? options[i + 1] : options[i];
            return back.options.some((o) => pair?.startsWith(`${o.name}=`));
          });
          const from = await run(['convert', back.name, '-', ...backOptions], [to.stdout]);
          expect(from.code, `${back.name} ${backOptions.join(' ')}: ${from.stderr}`).toBe(0);
          PLAUSIBLE[back.name]?.(from.stdout, to.stdout);
          ran.push(back.name);
        }
      }
    }
    expect(new Set(ran)).toEqual(new Set(listed.map((c) => c.name)));
  });

  it('keeps CTDC exports free of identifying fields, through the command', { timeout: 60_000 }, async () => {
    const identifiers = caseRecords.flatMap(directIdentifiers);
    expect(identifiers.length).toBeGreaterThan(0);
    for (const layout of ['kanon-2020', 'synthetic-2024']) {
      for (const name of ['toCtdc', 'toCtdcCsv']) {
        for (const k of ['2', '11']) {
          const result = await run([
            'convert',
            name,
            'trafficking/cases.ndjson',
            '-o',
            `layout=${layout}`,
            '-o',
            `k=${k}`,
          ]);
          expect(result.code).toBe(0);
          for (const identifier of identifiers) expect(result.stdout + result.stderr).not.toContain(identifier);
          // The record without consent to research use is refused, by position.
          expect(result.stderr).toContain('ctdc_no_research_consent');
          expect(result.stdout).not.toMatch(/registrationDate|birthDate|CASE-/);
        }
      }
    }
  });

  it('refuses a CTDC export without its layout, in the caller’s language', async () => {
    for (const [locale, text] of [
      ['en', 'iom: toCtdc needs option layout (-o layout=…): allowed values: kanon-2020, synthetic-2024\n'],
      ['fr', "iom: toCtdc demande l'option layout (-o layout=…) : valeurs admises : kanon-2020, synthetic-2024\n"],
      ['es', 'iom: toCtdc necesita la opción layout (-o layout=…): valores admitidos: kanon-2020, synthetic-2024\n'],
    ] as const) {
      const result = await run(['convert', 'toCtdc', 'trafficking/cases.ndjson', '-l', locale]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(text);
    }
    const ninjs = await run(['convert', 'toNinjs', 'press/release-en.json', '-o', 'version=4.0']);
    expect(ninjs.code).toBe(2);
    expect(ninjs.stderr).toBe('iom: toNinjs: version=4.0 is not allowed; allowed values: 2.2, 3.1\n');
  });

  it('reads a trafficking case without $kind as the current version: its mailing address reaches HTCDS', async () => {
    const record = {
      person: {
        mailingAddress: { country: 'EC', streetLines: ['SYNTH Street 1', 'SYNTH-Floor 2'], locality: 'SYNTH' },
      },
    };
    const result = await run(['convert', 'toHtcds', '-'], [JSON.stringify(record)]);
    expect(result.stderr).toBe('');
    const [row] = JSON.parse(result.stdout) as Record<string, string>[];
    expect(row).toMatchObject({
      prs_MailingStreet: 'SYNTH Street 1\nSYNTH-Floor 2',
      prs_MailingCity: 'SYNTH',
      prs_MailingCountry: 'EC',
    });
  });

  it('refuses a record of a kind the converter does not convert', async () => {
    const result = await run(['convert', 'toCtdc', 'press/release-en.json', '-o', 'layout=kanon-2020']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'toCtdc does not convert iom.press-release@1; it converts iom.trafficking-case@2, iom.trafficking-case@1',
    );
  });

  it('refuses an invalid payload before converting it', async () => {
    const [first] = examples.filter(({ payload }) => (payload as { $kind?: string }).$kind === 'iom.press-release@1');
    expect(first).toBeDefined();
    const broken = {
      ...(JSON.parse(readFileSync(join(EXAMPLES_DIR, first?.file ?? ''), 'utf8')) as object),
      language: 42,
    };
    const result = await run(['convert', 'toNinjs', '-', '-o', 'version=3.1'], [JSON.stringify(broken)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('invalid iom.press-release@1');
  });
});
