import { CrmError } from '../../../../shared/errors';
import { randomInt } from 'node:crypto';
import { beHelpedLaunch, launchPlan, type PlannedLaunch } from '../../../../shared/remote/launch-plan';
import type { RemoteSession, remoteProcedures } from '../../../../shared/remote/contract';
import { checkRemoteId, type RemoteTool } from '../../../../shared/remote/remote-id';
import { roleAtLeast } from '../../../../shared/roles';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { startOfMonth } from '../followups/day';
import type { RemoteRepository } from './repository';

const invalid = (path: string, message: string) =>
  new CrmError('VALIDATION', 'Some fields are not valid.', { issues: [{ path: [path], message }] });

/** What a stored session launches under the company's current profile for its tool. */
export function plannedLaunchOf(remote: RemoteRepository, tool: RemoteTool, remoteId: string): PlannedLaunch {
  const profile = remote.settings().profiles.find((candidate) => candidate.tool === tool);
  if (!profile) throw invalid('tool', 'this tool is not set up for the company');
  return launchPlan(profile, remoteId);
}

/** The tool a company is helped with: its default tool if that has a be-helped mode, else the first that has. */
export function vendorHelpTool(remote: RemoteRepository): { tool: RemoteTool; launch: PlannedLaunch } | null {
  const { profiles, defaultTool } = remote.settings();
  const ordered = [...profiles].sort(
    (a, b) => Number(b.tool === defaultTool) - Number(a.tool === defaultTool),
  );
  for (const profile of ordered) {
    const launch = beHelpedLaunch(profile);
    if (launch) return { tool: profile.tool, launch };
  }
  return null;
}

/** Support is included through `supportUntil` (a calendar day, inclusive), and throughout the trial. */
function supportIncluded(kind: string, supportUntil: string | null, now: number): boolean {
  if (kind === 'trial') return true;
  return supportUntil !== null && supportUntil >= new Date(now).toISOString().slice(0, 10);
}

export function remoteHandlers(
  ctx: CoreContext,
  remote: RemoteRepository,
): HandlersFor<keyof typeof remoteProcedures> {
  const changed = (session: RemoteSession) => {
    const { id, contactId, workOrderId, version } = session;
    ctx.events.emit(
      'remoteSession.changed',
      { id, contactId, workOrderId, version },
      ctx.customers.audienceOf(contactId),
    );
    return session;
  };

  return {
    'remote.settings.get': () => remote.settings(),
    'remote.settings.save': ({ version, profiles, defaultTool }) => {
      const tools = profiles.map((profile) => profile.tool);
      if (new Set(tools).size !== tools.length) throw invalid('profiles', 'one profile per tool');
      if (defaultTool !== null && !tools.includes(defaultTool)) {
        throw invalid('defaultTool', 'the default tool needs a profile');
      }
      if (!remote.saveSettings(profiles, defaultTool, version)) {
        throw new CrmError('CONFLICT', 'Someone else changed the remote-help tools since you opened them.', {
          currentVersion: remote.settings().version,
        });
      }
      const saved = remote.settings();
      ctx.events.emit('remoteSettings.changed', { version: saved.version });
      return saved;
    },
    'remote.contactIds': ({ contactId }) => {
      ctx.contacts.get(contactId);
      return { items: remote.rememberedIds(contactId) };
    },
    'remote.start': ({ tool, remoteId, contactId, workOrderId }, call) => {
      const checked = checkRemoteId(tool, remoteId);
      if (!checked.ok) throw invalid('remoteId', checked.problem);
      if (contactId !== undefined && ctx.contacts.get(contactId).deletedAt !== null) {
        throw invalid('contactId', 'this contact is in the trash');
      }
      if (workOrderId !== undefined && !remote.workOrderExists(workOrderId)) {
        throw new CrmError('NOT_FOUND', 'This work order does not exist.', { id: workOrderId });
      }
      const launch = plannedLaunchOf(remote, tool, checked.id);
      const session = remote.start({
        agentId: call.session!.user.id,
        contactId: contactId ?? null,
        workOrderId: workOrderId ?? null,
        tool,
        remoteId: checked.id,
        at: ctx.now(),
      });
      return { session: changed(session), launch };
    },
    'remote.end': ({ sessionId, outcome, notes }, call) => {
      const session = remote.get(sessionId);
      const user = call.session!.user;
      if (session.agentId !== user.id && !roleAtLeast(user.role, 'admin')) {
        throw new CrmError('FORBIDDEN', 'Only the agent who started this session can end it.');
      }
      if (
        session.endedAt !== null ||
        !remote.end(sessionId, session.version, ctx.now(), outcome ?? null, notes || null)
      ) {
        throw new CrmError('CONFLICT', 'This session has already ended.', {
          currentVersion: remote.get(sessionId).version,
        });
      }
      return changed(remote.get(sessionId));
    },
    'remote.list': ({ contactId, workOrderId, cursor, limit }, call) =>
      remote.page({ contactId, workOrderId, scope: call.scope, cursor: cursor ?? null, limit: limit ?? 50 }),
    'remote.vendorHelp': (_input, call) => {
      const { kind, licenseId, supportUntil } = ctx.license.status();
      const now = ctx.now();
      if (!supportIncluded(kind, supportUntil, now)) {
        return {
          licenseId,
          supportUntil,
          supported: false,
          supportCode: null,
          requestId: null,
          tool: null,
          launch: null,
        };
      }
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const supportCode = `${code.slice(0, 3)} ${code.slice(3)}`;
      const helper = vendorHelpTool(remote);
      const requestId = remote.logSupportRequest(
        call.session!.user.id,
        licenseId,
        supportCode,
        helper?.tool ?? null,
        now,
      );
      return {
        licenseId,
        supportUntil,
        supported: true,
        supportCode,
        requestId,
        tool: helper?.tool ?? null,
        launch: helper?.launch ?? null,
      };
    },
    'remote.report': ({ month, timeZone }) => {
      const [year, monthNumber] = month.split('-').map(Number) as [number, number];
      const middle = Date.UTC(year, monthNumber - 1, 15);
      const from = startOfMonth(middle, timeZone);
      const to = startOfMonth(middle, timeZone, 1);
      const items = remote.timePerAgent(from, to, ctx.now()).map((row) => ({
        agentId: row.agent_id,
        agentName: row.agent_name,
        sessions: row.sessions,
        seconds: row.seconds,
      }));
      return { items };
    },
  };
}
