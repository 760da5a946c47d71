import type { LaunchPlan } from '../../../shared/remote/launch-plan';
import { checkProgramPath, schemeOf } from '../../../shared/remote/launch-plan';

/** The operating-system boundary: the only two ways a remote tool is started. */
export interface LaunchDeps {
  openExternal(uri: string): Promise<void>;
  /** Starts a program detached, without a shell; rejects when it cannot be started. */
  runProgram(program: string, args: readonly string[]): Promise<void>;
}

export type LaunchOutcome =
  { ok: true } | { ok: false; reason: 'schemeNotAllowed' | 'badProgram' | 'failed'; detail?: string };

/**
 * Starts a plan the core built from a checked id and profile. Checked once more here, at the
 * boundary: the URI's scheme must be one the company's profiles use, the program an absolute path.
 */
export async function launch(
  plan: LaunchPlan,
  allowedSchemes: ReadonlySet<string>,
  deps: LaunchDeps,
): Promise<LaunchOutcome> {
  try {
    if (plan.kind === 'uri') {
      const scheme = schemeOf(plan.uri);
      if (scheme === null || !allowedSchemes.has(scheme)) return { ok: false, reason: 'schemeNotAllowed' };
      await deps.openExternal(plan.uri);
      return { ok: true };
    }
    if (checkProgramPath(plan.program) !== null) return { ok: false, reason: 'badProgram' };
    await deps.runProgram(plan.program, plan.args);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
