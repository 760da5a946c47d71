#!/usr/bin/env node
// Builds the parts of the app: `--renderer`, `--host`, `--electron`; all three without flags.
// `--production` builds the Electron bundles as packaged apps run them (NODE_ENV=production).
// `--host-test` builds the host for the end-to-end tests only (dist/host-e2e, NODE_ENV=test): unlike
// dist/host it honours CRM_LICENSE_KEYRING, so a test can activate keys it signed itself.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nodeBundle, WORKER_ENTRIES } from './esbuild-options.mjs';

const flags = new Set(process.argv.slice(2));
const all = !['--renderer', '--host', '--host-test', '--electron'].some((flag) => flags.has(flag));
const want = (flag) => all || flags.has(flag);
const electronEnv = flags.has('--production') ? 'production' : 'development';

if (want('--renderer')) {
  const { build: viteBuild } = await import('vite');
  rmSync('dist/renderer', { recursive: true, force: true });
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
// The worker threads go beside each bundle that runs the core.
const workersBeside = (bundle) =>
  Promise.all(
    Object.entries(WORKER_ENTRIES).map(([file, entry]) =>
      build({ ...nodeBundle, entryPoints: [entry], outfile: join(dirname(bundle), file), format: 'esm' }),
    ),
  );
const hostBundle = async (outfile, nodeEnv) => {
  await build({
    ...nodeBundle,
    entryPoints: ['./electron/host/main.ts'],
    outfile,
    format: 'esm',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
  });
  await workersBeside(outfile);
};
if (want('--host')) await hostBundle('dist/host/main.mjs', 'production');
if (flags.has('--host-test')) await hostBundle('dist/host-e2e/main.mjs', 'test');
if (want('--electron')) {
  await build({
    ...nodeBundle,
    entryPoints: ['./electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron'],
    define: { 'process.env.NODE_ENV': JSON.stringify(electronEnv) },
  });
  await workersBeside('dist/electron/main.cjs');
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  await build({
    ...nodeBundle,
    packages: undefined,
    entryPoints: ['./electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}
