import type { Core } from '../../electron/core/core';

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
