import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreOptions } from './core';

/** The worker threads' bundles, as scripts/esbuild-options.mjs names them. */
const WORKER_FILES = {
  importWorker: 'import-worker.mjs',
  searchIndexWorker: 'search-index-worker.mjs',
} as const;

/** The workers bundled in `dir` (scripts/build.mjs puts them beside each bundle that runs the core). */
export function bundledWorkers(dir: string): Pick<CoreOptions, keyof typeof WORKER_FILES> {
  const found: Pick<CoreOptions, keyof typeof WORKER_FILES> = {};
  for (const [option, file] of Object.entries(WORKER_FILES) as [keyof typeof WORKER_FILES, string][]) {
    if (existsSync(join(dir, file))) found[option] = join(dir, file);
  }
  return found;
}
