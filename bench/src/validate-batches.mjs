// `iom validate --format json --jobs <argv[3]> <argv[2]>` through the library's `main`, with a batch of
// <argv[4]> bytes per message to a worker: the batch-size sweep of bench/run.mjs. Output goes to stdout.
import { main } from '@iom/cli';

const [file, jobs, batchBytes] = process.argv.slice(2);
process.exitCode = await main(
  ['validate', '--format', 'json', '--jobs', jobs, file],
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  { batchBytes: Number(batchBytes) },
);
