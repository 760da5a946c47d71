import type { CallResult, RemoteLaunchResult } from '../../../shared/bridge';
import { CrmError } from '../../../shared/errors';
import { toolProfileFields } from '../../../shared/remote/contract';
import { schemeOfProfile, type LaunchPlan, type PlannedLaunch } from '../../../shared/remote/launch-plan';
import { REMOTE_TOOLS, type RemoteTool } from '../../../shared/remote/remote-id';
import {
  testProfile,
  type ProgramLookup,
  type RemoteToolsDetection,
  type ToolDetection,
} from '../../../shared/remote/tool-test';
import type { User } from '../../../shared/auth/contract';
import type { Core } from '../../core/core';
import { plannedLaunchOf, vendorHelpTool } from '../../core/modules/remote/procedures';
import { findProgram, type DetectDeps } from '../remote/detect-tools';
import { launch, type LaunchDeps } from '../remote/launch';
import { isTrustedSender } from '../security/sender';
import type { CallSender } from './call-handler';
import type { WindowSessions } from './window-sessions';

/** A session or support request launches within this long of being logged; later, a new one is asked for. */
export const LAUNCH_WINDOW_MS = 2 * 60 * 1000;

export interface RemoteLaunchDeps {
  core: Core;
  sessions: WindowSessions;
  os: LaunchDeps;
  detect: DetectDeps;
}

type Answer = Promise<CallResult<RemoteLaunchResult>>;

/**
 * `crm:remote-launch` and `crm:support-launch`: start the tool of a remote session, or open it to
 * be helped by the vendor, for what the window's user logged a moment ago. The page names only
 * the logged record; what runs is rebuilt here from it and the company's profiles, so a
 * compromised page cannot choose a program, arguments or a URI. `crm:remote-detect` and
 * `crm:remote-test` only look: where the tools are, and what a profile would run.
 */
export function createRemoteLaunchHandlers(deps: RemoteLaunchDeps) {
  const { remote } = deps.core.context;

  function signedInUser(sender: CallSender): User {
    const isAppWindow = deps.sessions.isAppWindow(sender.contentsId);
    if (!isTrustedSender({ frame: sender.frame, isAppWindow })) {
      throw new CrmError('FORBIDDEN', 'Only the CRM window may call the CRM.');
    }
    const user = deps.core.context.sessions.resolve(deps.sessions.tokenFor(sender.contentsId) ?? '')?.user;
    if (!user) throw new CrmError('UNAUTHENTICATED', 'Please sign in again.');
    return user;
  }

  function callerOf(sender: CallSender, recordId: unknown): { user: User; id: number } {
    const user = signedInUser(sender);
    if (typeof recordId !== 'number' || !Number.isInteger(recordId)) {
      throw new CrmError('VALIDATION', 'The id of what to launch is required.');
    }
    return { user, id: recordId };
  }

  const checkFresh = (ownerId: number, user: User, at: number) => {
    if (ownerId !== user.id) throw new CrmError('FORBIDDEN', 'This was started by someone else.');
    if (deps.core.context.now() - at > LAUNCH_WINDOW_MS) {
      throw new CrmError('CONFLICT', 'Start again to connect: this request is too old.');
    }
  };

  async function run(tool: RemoteTool, planned: PlannedLaunch): Promise<RemoteLaunchResult> {
    let plan: LaunchPlan;
    if (planned.kind === 'program') {
      const program = planned.program ?? findProgram(tool, deps.detect);
      if (program === null) return { launched: false, reason: 'toolMissing' };
      plan = { kind: 'program', program, args: planned.args };
    } else {
      plan = planned;
    }
    const schemes = remote
      .settings()
      .profiles.map(schemeOfProfile)
      .filter((scheme): scheme is string => scheme !== null);
    const outcome = await launch(plan, new Set(schemes), deps.os);
    if (outcome.ok) return { launched: true };
    // A program that will not start is as good as missing to the user: the dialog says where to get it.
    return {
      launched: false,
      reason: outcome.reason === 'failed' && plan.kind === 'program' ? 'toolMissing' : outcome.reason,
    };
  }

  const programs: ProgramLookup = {
    find: (tool) => findProgram(tool, deps.detect),
    isExecutable: (file) => deps.detect.isExecutable(file),
  };

  async function answer<T>(work: () => Promise<T>): Promise<CallResult<T>> {
    try {
      return { ok: true, result: await work() };
    } catch (error) {
      if (error instanceof CrmError) return { ok: false, error: error.toShape() };
      throw error;
    }
  }

  return {
    session: (sender: CallSender, sessionId: unknown): Answer =>
      answer(async () => {
        const { user, id } = callerOf(sender, sessionId);
        const session = remote.get(id);
        checkFresh(session.agentId, user, session.startedAt);
        if (session.endedAt !== null)
          throw new CrmError('CONFLICT', 'This session has ended; start a new one.');
        return run(session.tool, plannedLaunchOf(remote, session.tool, session.remoteId));
      }),
    support: (sender: CallSender, requestId: unknown): Answer =>
      answer(async () => {
        const { user, id } = callerOf(sender, requestId);
        const request = remote.supportRequest(id);
        checkFresh(request.userId, user, request.requestedAt);
        const helper = vendorHelpTool(remote);
        if (!helper) return { launched: false, reason: 'toolMissing' };
        return run(helper.tool, helper.launch);
      }),
    /** `crm:remote-detect`: where this computer has each tool. */
    detect: (sender: CallSender): Promise<CallResult<RemoteToolsDetection>> =>
      answer(async () => {
        signedInUser(sender);
        const tools = Object.fromEntries(
          REMOTE_TOOLS.map((tool): [RemoteTool, ToolDetection] => {
            const path = findProgram(tool, deps.detect);
            return [tool, path === null ? { found: false } : { found: true, path }];
          }),
        ) as Record<RemoteTool, ToolDetection>;
        return { detected: true, tools };
      }),
    /** `crm:remote-test`: what a profile, as saved or typed, would run here; starts nothing. */
    test: (sender: CallSender, profile: unknown) =>
      answer(async () => {
        signedInUser(sender);
        const parsed = toolProfileFields.safeParse(profile);
        if (!parsed.success) throw new CrmError('VALIDATION', 'This is not a tool profile.');
        return testProfile(parsed.data, programs);
      }),
  };
}
