// Writes BENCH_RECORDS (default 1,000,000) NDJSON records made from the repository's bundled case
// examples (examples/trafficking/cases.ndjson), cycled, each with an id of its own, to argv[2].
// Prints { records, bytes, source }.
import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = 'examples/trafficking/cases.ndjson';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cases = readFileSync(join(root, source), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const records = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const out = createWriteStream(process.argv[2]);
let bytes = 0;
let chunk = '';
for (let index = 0; index < records; index++) {
  const example = cases[index % cases.length];
  chunk += `${JSON.stringify({ ...example, id: `${example.id}-${index}` })}\n`;
  if (chunk.length > 1 << 20) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
    chunk = '';
  }
}
bytes += Buffer.byteLength(chunk);
out.end(chunk);
await new Promise((resolve) => out.on('finish', resolve));
process.stdout.write(`${JSON.stringify({ records, bytes, source })}\n`);
