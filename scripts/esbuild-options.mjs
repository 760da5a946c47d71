/** esbuild settings shared by the app build and the TypeScript script runner. */
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  loader: { '.sql': 'text' },
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** Worker threads, bundled beside every bundle that runs the core (electron/core/workers.ts). */
export const WORKER_ENTRIES = {
  'import-worker.mjs': './electron/core/jobs/import-worker.ts',
  'search-index-worker.mjs': './electron/core/modules/contacts/search-index/worker.ts',
};
