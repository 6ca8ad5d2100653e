// The ceiling of NDJSON ingestion: readline + JSON.parse, nothing else. Prints records/s and peak RSS.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const start = process.hrtime.bigint();
let records = 0;
const lines = createInterface({
  input: createReadStream(process.argv[2], { highWaterMark: 1 << 20 }),
  crlfDelay: Infinity,
});
for await (const line of lines) {
  if (line.length === 0) continue;
  JSON.parse(line);
  records++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(`${JSON.stringify({ records, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
