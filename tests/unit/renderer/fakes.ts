import type { EventChannel } from '../../../renderer/bridge/eventChannel';
import type { TokenStore } from '../../../renderer/bridge/tokenStore';

export function memoryTokens(initial: string | null = null): TokenStore & { value: string | null } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (token: string) => {
      store.value = token;
    },
    clear: () => {
      store.value = null;
    },
  };
  return store;
}

/** Records what the bridge asks of its push channel. */
export function recordingChannel(): EventChannel & { started: string[]; stops: number } {
  const channel = {
    started: [] as string[],
    stops: 0,
    start: (token: string) => {
      channel.started.push(token);
    },
    stop: () => {
      channel.stops += 1;
    },
    subscribe: () => () => undefined,
  };
  return channel;
}

export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that answers from a queue and records each request. */
export function fakeFetch(answers: (() => Response | Promise<Response>)[]) {
  const requests: RecordedRequest[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    requests.push({
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: JSON.parse(String(init?.body)),
    });
    const answer = answers.shift();
    if (!answer) throw new Error('no answer queued');
    return answer();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
