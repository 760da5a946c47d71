import type { CallResult, CrmBridge, RemoteLaunchResult, UploadResult } from '../../shared/bridge';
import type { PlannedLaunch } from '../../shared/remote/launch-plan';
import { testProfile } from '../../shared/remote/tool-test';
import { isErrorCode, type CrmErrorShape } from '../../shared/errors';
import type { EventChannel } from './eventChannel';
import { saveBlob } from './saveBlob';
import type { TokenStore } from './tokenStore';

export interface HttpBridgeDeps {
  fetch: typeof fetch;
  tokens: TokenStore;
  events: EventChannel;
  /** Hands a downloaded file to the browser; the DOM's download link unless a test passes its own. */
  saveBlob?: (blob: Blob, fileName: string) => void;
  /** Hands a URI to the operating system (a remote-help tool's scheme); the page's location unless a test passes its own. */
  openUri?: (uri: string) => void;
}

/** Opens a URI; the page's location unless a test passes its own. */
const assignLocation = (uri: string) => window.location.assign(uri);

/** Procedures whose result opens a session, and the one that ends it. */
const SESSION_OPENERS = new Set(['auth.setup', 'auth.login']);
const SESSION_CLOSER = 'auth.logout';

function tokenOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null;
  const { token } = result as { token?: unknown };
  return typeof token === 'string' ? token : null;
}

function errorOf(body: unknown, status: number): CrmErrorShape {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (isErrorCode(code)) {
      const shape: CrmErrorShape = { code, message: typeof message === 'string' ? message : code };
      if (typeof details === 'object' && details !== null) shape.details = details as Record<string, unknown>;
      return shape;
    }
  }
  return { code: status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', message: `HTTP ${status}` };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * `window.crm` for a browser: procedures over `POST /api/rpc/<name>`, push events over a
 * WebSocket. It alone holds the session token, taken from the setup and login results.
 * A transport failure rejects; an error answer resolves as `{ ok: false }`.
 */
export function createHttpBridge(deps: HttpBridgeDeps): CrmBridge {
  const endSession = () => {
    deps.tokens.clear();
    deps.events.stop();
  };

  const existing = deps.tokens.get();
  if (existing !== null) deps.events.start(existing);

  const authorized = (headers: Record<string, string> = {}) => {
    const token = deps.tokens.get();
    return token === null ? headers : { ...headers, Authorization: `Bearer ${token}` };
  };

  /** An error answer as `{ ok: false }`; one that says the session is over also ends it here. */
  const failed = (body: unknown, status: number): CallResult<never> => {
    const error = errorOf(body, status);
    if (error.code === 'UNAUTHENTICATED') endSession();
    return { ok: false, error };
  };

  /** A browser cannot run a program; it can hand a URI to the tool registered for its scheme. */
  const handOver = (launch: PlannedLaunch): Promise<CallResult<RemoteLaunchResult>> => {
    if (launch.kind !== 'uri') {
      return Promise.resolve({ ok: true, result: { launched: false, reason: 'browserCannotRunPrograms' } });
    }
    (deps.openUri ?? assignLocation)(launch.uri);
    return Promise.resolve({ ok: true, result: { launched: true } });
  };

  return {
    kind: 'browser',

    async call(name, input): Promise<CallResult> {
      const headers = authorized({ 'Content-Type': 'application/json' });
      let response: Response;
      try {
        response = await deps.fetch(`/api/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ input }),
        });
      } finally {
        if (name === SESSION_CLOSER) endSession();
      }
      const body = await readJson(response);
      const hasResult = response.ok && typeof body === 'object' && body !== null && 'result' in body;
      if (!hasResult) return failed(body, response.status);
      const result = (body as { result: unknown }).result;
      const newToken = SESSION_OPENERS.has(name) ? tokenOf(result) : null;
      if (newToken !== null) {
        deps.tokens.set(newToken);
        deps.events.start(newToken);
      }
      return { ok: true, result };
    },

    async upload(file) {
      const response = await deps.fetch('/api/uploads', {
        method: 'POST',
        headers: authorized({
          'Content-Type': 'application/octet-stream',
          'X-File-Name': encodeURIComponent(file.name),
        }),
        body: file instanceof Blob ? file : await file.arrayBuffer(),
      });
      const body = await readJson(response);
      if (!response.ok) return failed(body, response.status);
      return { ok: true, result: (body as { result: UploadResult }).result };
    },

    async download(downloadId, fileName) {
      const response = await deps.fetch(`/api/downloads/${encodeURIComponent(downloadId)}`, {
        headers: authorized(),
      });
      if (!response.ok) return failed(await readJson(response), response.status);
      (deps.saveBlob ?? saveBlob)(await response.blob(), fileName);
      return { ok: true, result: { saved: true } };
    },

    launchRemote: (_sessionId, launch) => handOver(launch),
    launchSupportTool: (_requestId, launch) => handOver(launch),
    // A page cannot look at the computer's programs: only links can be checked here.
    detectRemoteTools: () => Promise.resolve({ ok: true, result: { detected: false } }),
    testRemoteTool: (profile) => Promise.resolve({ ok: true, result: testProfile(profile, null) }),

    on(listener) {
      return deps.events.subscribe(listener);
    },
  };
}
