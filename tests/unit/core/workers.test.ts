import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { bundledWorkers } from '../../../electron/core/workers';
import { WORKER_ENTRIES } from '../../../scripts/esbuild-options.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('the core finds every worker that the build puts beside a bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-workers-'));
  dirs.push(dir);
  for (const file of Object.keys(WORKER_ENTRIES)) writeFileSync(join(dir, file), '');

  const found = bundledWorkers(dir);

  expect(Object.values(found).sort()).toEqual(
    Object.keys(WORKER_ENTRIES)
      .map((file) => join(dir, file))
      .sort(),
  );
});

test('without bundles beside it (run from source) the core runs without worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-workers-'));
  dirs.push(dir);
  expect(bundledWorkers(dir)).toEqual({});
});
