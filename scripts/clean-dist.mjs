#!/usr/bin/env node
// Empties the current package's dist/ before tsup writes its ESM and CJS builds side by side.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
