// Compares two `iom validate --format json` outputs (argv[2], argv[3]) record by record on what a
// verdict is: kind, valid, issues (file, record and line numbers differ when the input was split).
// Prints { records, same, firstDifference }.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const verdict = (line) => {
  const { kind, valid, issues } = JSON.parse(line);
  return JSON.stringify({ kind, valid, issues });
};
const lines = (path) =>
  createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
const a = lines(process.argv[2]);
const b = lines(process.argv[3]);
let records = 0;
let firstDifference;
for (;;) {
  const [x, y] = await Promise.all([a.next(), b.next()]);
  if (x.done && y.done) break;
  if (x.done !== y.done || verdict(x.value) !== verdict(y.value)) {
    firstDifference ??= records;
    if (x.done || y.done) break;
  }
  records++;
}
process.stdout.write(`${JSON.stringify({ records, same: firstDifference === undefined, firstDifference })}\n`);
