#!/usr/bin/env node
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
    // An unexpected failure: show its type and stack (code locations), never input data.
    process.stderr.write(`iom: internal error: ${error instanceof Error ? (error.stack ?? error.name) : 'unknown'}\n`);
    process.exitCode = 2;
  },
);
