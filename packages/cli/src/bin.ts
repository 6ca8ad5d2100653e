#!/usr/bin/env node
import { describeError } from './internal-error.js';
import { main } from './main.js';

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
