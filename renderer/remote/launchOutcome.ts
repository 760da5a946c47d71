import type { RemoteLaunchResult } from '../../shared/bridge';
import { getBridge } from '../bridge/getBridge';
import { CallError } from '../bridge/CallError';
import type { PlannedLaunch } from '../../shared/remote/launch-plan';

export type LaunchRefusal = Extract<RemoteLaunchResult, { launched: false }>['reason'];

/** Hands a logged session to the host to start its tool; the reason when it could not. */
export async function launchSession(sessionId: number, launch: PlannedLaunch): Promise<LaunchRefusal | null> {
  const outcome = await getBridge().launchRemote(sessionId, launch);
  if (!outcome.ok) throw new CallError('remote.launch', outcome.error);
  return outcome.result.launched ? null : outcome.result.reason;
}
