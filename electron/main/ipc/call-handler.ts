import type { CallResult } from '../../../shared/bridge';
import { MAX_INPUT_BYTES } from '../../../shared/limits';
import type { CallContext, DispatchResult } from '../../core/api';
import { isTrustedSender, type SenderFrame } from '../security/sender';
import { resultForPage, type WindowSessions } from './window-sessions';

export interface CallHandlerDeps {
  dispatch(call: CallContext, name: string, rawInput: unknown): Promise<DispatchResult>;
  sessions: WindowSessions;
}

/** Who sent an IPC call: the sending webContents and frame. */
export interface CallSender {
  contentsId: number;
  frame: SenderFrame | null;
}

const refuse = (code: 'FORBIDDEN' | 'VALIDATION', message: string): CallResult => ({
  ok: false,
  error: { code, message },
});

/**
 * Answers `crm:call` from a window: checks the sender, measures the input as the HTTP
 * transport would, and dispatches with the token the main process keeps for that window.
 * The input is passed on as its JSON round trip, so a call over IPC sees exactly the data a
 * call over HTTP would (no Dates, Maps or class instances).
 */
export function createCallHandler(deps: CallHandlerDeps) {
  return async function handleCall(sender: CallSender, name: unknown, input: unknown): Promise<CallResult> {
    const isAppWindow = deps.sessions.isAppWindow(sender.contentsId);
    if (!isTrustedSender({ frame: sender.frame, isAppWindow })) {
      return refuse('FORBIDDEN', 'Only the CRM window may call the CRM.');
    }
    if (typeof name !== 'string') return refuse('VALIDATION', 'A procedure name is required.');

    let json: string | undefined;
    try {
      json = JSON.stringify(input);
    } catch {
      return refuse('VALIDATION', 'The input must be plain data.');
    }
    const inputBytes = json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
    if (inputBytes > MAX_INPUT_BYTES) {
      return {
        ok: false,
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: `A request may carry at most ${MAX_INPUT_BYTES} bytes.`,
          details: { limit: MAX_INPUT_BYTES },
        },
      };
    }
    const plainInput: unknown = json === undefined ? undefined : JSON.parse(json);
    const token = deps.sessions.tokenFor(sender.contentsId);
    const result = await deps.dispatch({ token, remoteAddress: null, inputBytes }, name, plainInput);
    deps.sessions.recordCall(sender.contentsId, name, result);
    return resultForPage(name, result);
  };
}
