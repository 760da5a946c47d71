#!/usr/bin/env node
// Runs a TypeScript script of this repository (demo, bench, CLI tools) with the same
// bundling as the app, so that it imports the core exactly as the host does.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { nodeBundle, WORKER_ENTRIES } from './esbuild-options.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args...]');
  process.exit(2);
}
const outDir = join('node_modules', '.cache', 'crm-scripts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.mjs'));
await Promise.all([
  build({ ...nodeBundle, entryPoints: [resolve(entry)], outfile, format: 'esm' }),
  // The core finds its worker threads beside the script (electron/core/workers.ts).
  ...Object.entries(WORKER_ENTRIES).map(([file, workerEntry]) =>
    build({ ...nodeBundle, entryPoints: [workerEntry], outfile: join(outDir, file), format: 'esm' }),
  ),
]);
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
