import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/core';

export type BenchCall = (name: string, input: unknown) => Promise<unknown>;

/** Sets up the benchmark's company; calls go through dispatch as the owner, as the app's would. */
export async function benchCompany(core: Core): Promise<{ call: BenchCall; userId: number }> {
  const setup = await core.dispatch({}, 'auth.setup', {
    companyName: 'Bench Co',
    ownerName: 'Bench Owner',
    username: 'bench',
    password: 'bench-password',
  });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token, user } = setup.result as { token: string; user: { id: number } };
  const call: BenchCall = async (name, input) => {
    const result = await core.dispatch({ token }, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.result;
  };
  return { call, userId: user.id };
}

/** Runs `measure` in a company of its own in a temporary folder, removed afterwards. */
export async function inCompany<T>(
  measure: (core: Core, call: BenchCall, userId: number) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-company-'));
  const core = createCore({ dataDir, checkOutputs: false });
  try {
    const { call, userId } = await benchCompany(core);
    return await measure(core, call, userId);
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
