// Writes BENCH_RECORDS (default 1,000,000) trafficking case records as NDJSON to the path in argv[2];
// one record in a hundred is invalid. Prints { records, bytes }.
import { createWriteStream } from 'node:fs';
import { invalidCase, validCase } from './fixtures/trafficking-case.js';

const path = process.argv[2] ?? 'cases.ndjson';
const records = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const out = createWriteStream(path);
let bytes = 0;
let chunk = '';
for (let index = 0; index < records; index++) {
  chunk += `${JSON.stringify(index % 100 === 99 ? invalidCase(index) : validCase(index))}\n`;
  if (chunk.length > 1 << 20) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    chunk = '';
  }
}
bytes += Buffer.byteLength(chunk);
out.end(chunk);
await new Promise<void>((resolve) => out.on('finish', () => resolve()));
process.stdout.write(`${JSON.stringify({ records, bytes })}\n`);
