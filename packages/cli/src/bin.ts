#!/usr/bin/env node
import { describeError } from './internal-error.js';
import { main } from './main.js';

// A reader that stops reading (`iom validate big.ndjson | head`) closes the pipe: stop at once, quietly,
// with exit code 2 (the input was not all validated), as a command killed by SIGPIPE stops.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(2);
});

// The executable: real streams in, the exit code out. Everything else is in `main`.
main(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  { env: process.env },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // `main` reports its own failures; this is the last resort: one line, never a stack or a message.
    process.stderr.write(`iom: internal error: ${describeError(error)}\n`);
    process.exitCode = 2;
  },
);
