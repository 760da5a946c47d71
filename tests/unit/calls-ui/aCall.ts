import type { Call } from '../../../shared/calls/contract';

export const T0 = Date.UTC(2026, 10, 27, 9, 0);

/** A call as the server answers it: by default ringing from Ann Lee at Bo Chen's phone. */
export function aCall(overrides: Partial<Call> = {}): Call {
  return {
    id: 1,
    agentId: 2,
    agentName: 'Bo Chen',
    direction: 'inbound',
    number: '138 0013 8000',
    contactId: 7,
    contactName: 'Ann Lee',
    startedAt: T0,
    answeredAt: null,
    endedAt: null,
    durationS: null,
    talkS: null,
    outcome: null,
    notes: null,
    recording: null,
    version: 1,
    ...overrides,
  };
}
