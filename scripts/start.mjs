#!/usr/bin/env node
// `npm start`: runs the desktop app when Electron's binary is on this machine or can be
// downloaded; otherwise says why in one line and starts browser mode (scripts/serve.mjs).
// Extra arguments (`npm start -- ...`) are passed on to Electron or to serve.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extraArgs = process.argv.slice(2);
/** Requiring 'electron' downloads its binary when missing; a slow network must not hang `npm start`. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;
const PATH_MARKER = 'ELECTRON_PATH=';

const electron = findElectron();
if (electron.path) {
  if (!runNode(['scripts/build.mjs', '--renderer', '--electron'])) process.exit(1);
  if (runNode(['scripts/electron-native.mjs'])) {
    // Electron started with this variable set would run as plain Node, not as the app.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    launch(electron.path, ['.', ...extraArgs], env);
  } else {
    browserMode('the database engine could not be built for Electron');
  }
} else {
  browserMode(`Electron's binary is not available on this machine (${electron.reason})`);
}

/** The Electron executable, downloading it if needed, or why there is none. */
function findElectron() {
  const result = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write('\\n${PATH_MARKER}' + require('electron'))`],
    { cwd: root, encoding: 'utf8', timeout: DOWNLOAD_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.error?.code === 'ETIMEDOUT') return { reason: 'the download timed out' };
  const line = (result.stdout ?? '').split('\n').findLast((text) => text.startsWith(PATH_MARKER));
  const path = line?.slice(PATH_MARKER.length);
  if (result.status !== 0 || !path || !existsSync(path)) return { reason: 'download failed' };
  return { path };
}

function browserMode(reason) {
  console.log(`${reason}: starting in browser mode.`);
  launch(process.execPath, ['scripts/serve.mjs', ...extraArgs], process.env);
}

function runNode(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

/** Runs the program in the foreground: signals go to it, and its exit code becomes ours. */
function launch(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  });
}
