import type { AgentDay, Call, CallOutcome } from '../../shared/calls/contract';
import { formatElapsed } from '../remote/duration';

/** Where a call stands: still ringing, under way, or how it ended. */
export type CallState = 'ringing' | 'connected' | CallOutcome;

export function callState(call: Pick<Call, 'answeredAt' | 'endedAt' | 'outcome'>): CallState {
  if (call.endedAt !== null && call.outcome !== null) return call.outcome;
  return call.answeredAt === null ? 'ringing' : 'connected';
}

/** A call's length as its clock showed it (`m:ss`, from an hour on `h:mm:ss`); a dash while it runs. */
export const formatCallSeconds = (seconds: number | null): string =>
  seconds === null ? '—' : formatElapsed(seconds * 1000);

/** The team's day: every agent's figures added up, for the table's foot. */
export function dayTotals(items: readonly AgentDay[]): Omit<AgentDay, 'agentId' | 'agentName'> {
  const totals = { calls: 0, inbound: 0, outbound: 0, answered: 0, durationS: 0, talkS: 0 };
  for (const item of items) {
    totals.calls += item.calls;
    totals.inbound += item.inbound;
    totals.outbound += item.outbound;
    totals.answered += item.answered;
    totals.durationS += item.durationS;
    totals.talkS += item.talkS;
  }
  return totals;
}
