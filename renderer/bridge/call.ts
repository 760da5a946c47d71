import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import { CallError } from './CallError';
import { getBridge } from './getBridge';

/** Calls whose UNAUTHENTICATED answer means "wrong credentials", not "session over". */
const SIGN_IN_PROCEDURES = new Set<ProcedureName>(['auth.login', 'auth.setup']);
const sessionEndListeners = new Set<() => void>();

/** Runs when any call finds the session gone (expired, or signed out elsewhere). */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndListeners.add(listener);
  return () => sessionEndListeners.delete(listener);
}

/** Calls a procedure; resolves with its result or throws a CallError carrying the code. */
export async function call<N extends ProcedureName>(
  name: N,
  input: ProcedureInput<N>,
): Promise<ProcedureOutput<N>> {
  let outcome;
  try {
    outcome = await getBridge().call(name, input);
  } catch (error) {
    throw new CallError(name, { code: 'NETWORK', message: String(error) });
  }
  if (!outcome.ok) {
    const error = new CallError(name, outcome.error);
    if (error.code === 'UNAUTHENTICATED' && !SIGN_IN_PROCEDURES.has(name)) {
      for (const listener of sessionEndListeners) listener();
    }
    throw error;
  }
  return outcome.result as ProcedureOutput<N>;
}
