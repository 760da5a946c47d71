import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledWorkers } from '../../electron/core/workers';

/** The core's worker threads, which scripts/run-ts.mjs bundles beside the script it runs. */
export const SCRIPT_WORKERS = bundledWorkers(dirname(fileURLToPath(import.meta.url)));
