import type { CallResult, CrmBridge } from '../../shared/bridge';
import { isErrorCode, type CrmErrorShape } from '../../shared/errors';
import type { EventChannel } from './eventChannel';
import type { TokenStore } from './tokenStore';

export interface HttpBridgeDeps {
  fetch: typeof fetch;
  tokens: TokenStore;
  events: EventChannel;
}

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

  return {
    kind: 'browser',

    async call(name, input): Promise<CallResult> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = deps.tokens.get();
      if (token !== null) headers.Authorization = `Bearer ${token}`;
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
      if (!hasResult) {
        const error = errorOf(body, response.status);
        if (error.code === 'UNAUTHENTICATED') endSession();
        return { ok: false, error };
      }
      const result = (body as { result: unknown }).result;
      const newToken = SESSION_OPENERS.has(name) ? tokenOf(result) : null;
      if (newToken !== null) {
        deps.tokens.set(newToken);
        deps.events.start(newToken);
      }
      return { ok: true, result };
    },

    on(listener) {
      return deps.events.subscribe(listener);
    },
  };
}
