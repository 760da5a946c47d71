#!/usr/bin/env node
// `npm run serve -- [host options]`: builds what is out of date, then runs the office host
// (dist/host/main.mjs) with the given options until it exits or is stopped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

const RENDERER_SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package.json'];
const RENDERER_OUTPUT = 'dist/renderer/index.html';

/** Newest modification time of a file or of any file below a folder (0 when absent). */
function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

function rendererIsCurrent() {
  if (!existsSync(RENDERER_OUTPUT)) return false;
  const built = statSync(RENDERER_OUTPUT).mtimeMs;
  return RENDERER_SOURCES.every((source) => newestChange(source) < built);
}

const buildFlags = ['--host'];
if (!existsSync('vite.config.ts')) {
  console.warn('serve: no vite.config.ts yet, so only the API is served.');
} else if (rendererIsCurrent()) {
  console.log('serve: the renderer is up to date; building the host only.');
} else {
  buildFlags.unshift('--renderer');
}
const build = spawnSync(process.execPath, ['scripts/build.mjs', ...buildFlags], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = spawn(
  process.execPath,
  ['--enable-source-maps', 'dist/host/main.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => host.kill(signal));
}
host.on('exit', (code, signal) => {
  // A host ended by a signal it did not handle reports the shell's 128 + signal number.
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
