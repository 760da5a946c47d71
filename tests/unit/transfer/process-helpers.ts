import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Bundles live inside the checkout, so that their packages (better-sqlite3, zod) resolve.
const CACHE = join(ROOT, 'node_modules', '.cache');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs Node on `args` in the repository root; resolves with the exit code and the output. */
export function runNode(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/**
 * A worker thread's entry (scripts/esbuild-options.mjs WORKER_ENTRIES), bundled before the file's
 * tests as scripts/build.mjs bundles it, removed after them. `name` keeps two test files running
 * at once apart.
 */
function useBundledWorker(entry: string, name: string): string {
  const worker = join(CACHE, 'crm-workers', `${name}-${process.pid}.mjs`);
  beforeAll(async () => {
    await build({
      entryPoints: [entry],
      outfile: worker,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      loader: { '.sql': 'text' },
      logLevel: 'warning',
    });
  });
  afterAll(() => rmSync(worker, { force: true }));
  return worker;
}

export const useImportWorker = (name: string) =>
  useBundledWorker('electron/core/jobs/import-worker.ts', name);

export const useSearchIndexWorker = (name: string) =>
  useBundledWorker('electron/core/modules/contacts/search-index/worker.ts', name);

/**
 * `npm run crm -- ...args`: the first run goes through the script's own runner (which bundles
 * it), the file's tests then run a copy of that bundle of their own.
 */
export function useCrmCli(name: string): (...args: string[]) => Promise<Run> {
  const bundleDir = join(CACHE, `${name}-${process.pid}`);
  const bundle = join(bundleDir, 'crm.mjs');
  beforeAll(async () => {
    const first = await runNode(['scripts/run-ts.mjs', 'scripts/crm.ts', 'help']);
    expect(first.stdout).toMatch(/usage: npm run crm/);
    mkdirSync(bundleDir, { recursive: true });
    copyFileSync(join(CACHE, 'crm-scripts', 'crm.mjs'), bundle);
  }, 60_000);
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));
  return (...args) => runNode([bundle, ...args]);
}
