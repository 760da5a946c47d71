import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentDay, Call } from '../../../shared/calls/contract';
import { useCallCenterStore } from '../../../renderer/calls/callCenterStore';
import { callState, dayTotals, formatCallSeconds } from '../../../renderer/calls/callFigures';
import { endCallDefaults, endCallInput, validateEndCall } from '../../../renderer/calls/endCallValues';
import { recordingProblem } from '../../../renderer/calls/recordingFile';
import { validateRing } from '../../../renderer/calls/ringValues';
import { translator } from '../renderer/translator';

const T0 = Date.UTC(2026, 10, 27, 9, 0);

function aCall(overrides: Partial<Call> = {}): Call {
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

describe('where a call stands', () => {
  it('rings until answered, runs until ended, then says how it ended', () => {
    expect(callState(aCall())).toBe('ringing');
    expect(callState(aCall({ answeredAt: T0 + 5_000 }))).toBe('connected');
    expect(callState(aCall({ answeredAt: T0 + 5_000, endedAt: T0 + 65_000, outcome: 'answered' }))).toBe(
      'answered',
    );
    expect(callState(aCall({ endedAt: T0 + 20_000, outcome: 'busy' }))).toBe('busy');
  });

  it('shows lengths as the call clock does, and a dash while the call runs', () => {
    expect(formatCallSeconds(null)).toBe('—');
    expect(formatCallSeconds(0)).toBe('0:00');
    expect(formatCallSeconds(65)).toBe('1:05');
    expect(formatCallSeconds(3_723)).toBe('1:02:03');
  });

  it('adds up the agents of a day for the team row', () => {
    const day = (agentId: number, figures: Partial<AgentDay>): AgentDay => ({
      agentId,
      agentName: `Agent ${agentId}`,
      calls: 0,
      inbound: 0,
      outbound: 0,
      answered: 0,
      durationS: 0,
      talkS: 0,
      ...figures,
    });
    expect(
      dayTotals([
        day(1, { calls: 3, inbound: 1, outbound: 2, answered: 2, durationS: 300, talkS: 240 }),
        day(2, { calls: 1, inbound: 1, durationS: 20 }),
      ]),
    ).toEqual({ calls: 4, inbound: 2, outbound: 2, answered: 2, durationS: 320, talkS: 240 });
    expect(dayTotals([])).toEqual({ calls: 0, inbound: 0, outbound: 0, answered: 0, durationS: 0, talkS: 0 });
  });
});

describe('hanging up', () => {
  it('starts from the server default: missed for incoming calls, no answer for outgoing ones', () => {
    expect(endCallDefaults({ direction: 'inbound' }).outcome).toBe('missed');
    expect(endCallDefaults({ direction: 'outbound' }).outcome).toBe('noAnswer');
  });

  it('sends an outcome only for a call nobody answered, and notes only when written', () => {
    const unanswered = aCall({ id: 4 });
    expect(endCallInput(unanswered, { outcome: 'voicemail', notes: '  ' })).toEqual({
      callId: 4,
      outcome: 'voicemail',
    });
    const answered = aCall({ id: 5, answeredAt: T0 + 3_000 });
    expect(endCallInput(answered, { outcome: 'missed', notes: ' Wants a quote \n' })).toEqual({
      callId: 5,
      notes: 'Wants a quote',
    });
  });

  it('refuses notes longer than the server keeps, in words the user reads', async () => {
    const t = await translator('en');
    expect(validateEndCall({ outcome: 'busy', notes: 'x'.repeat(5_000) })).toEqual({});
    const errors = validateEndCall({ outcome: 'busy', notes: 'x'.repeat(5_001) });
    expect(errors.notes?.(t)).toMatch(/5000/);
  });
});

describe('logging an incoming call', () => {
  it('takes a number in any usual format and refuses what is not one', async () => {
    const t = await translator('en');
    const zh = await translator('zh-CN');
    expect(validateRing({ number: '+86 138-0013 8000' })).toEqual({});
    expect(validateRing({ number: '(415) 555-0132' })).toEqual({});
    expect(validateRing({ number: '  ' }).number?.(t)).toBe(t('validation.required'));
    const letters = validateRing({ number: 'call me' }).number;
    expect(letters?.(t)).toBe(t('validation.phone'));
    expect(letters?.(zh)).toBe(zh('validation.phone'));
    expect(validateRing({ number: '12' }).number?.(t)).toBe(t('validation.phone'));
  });
});

describe("the window's calls", () => {
  const store = () => useCallCenterStore.getState();
  beforeEach(() => store().reset());

  it('pops up a ringing call once, and answering it moves it to the panel', () => {
    const ringing = aCall({ id: 9 });
    store().ring({ call: ringing, matches: [{ id: 7, name: 'Ann Lee', companyName: 'Harbor Foods' }] });
    expect(store().ringing?.call.id).toBe(9);
    store().follow({ ...ringing, answeredAt: T0 + 2_000, version: 2 });
    expect(store().ringing).toBeNull();
    expect(store().active?.call.version).toBe(2);
    // The event of the call typed in here comes after its answer: it does not pop up again.
    store().ring({ call: ringing, matches: [] });
    expect(store().ringing).toBeNull();
  });

  it("runs the panel's clock from now for a call begun here, and from its start for one taken up again", () => {
    const before = Date.now();
    store().follow(aCall({ id: 1 }));
    expect(store().active?.since).toBeGreaterThanOrEqual(before);
    store().follow(aCall({ id: 2 }), T0);
    expect(store().active).toMatchObject({ call: { id: 2 }, since: T0 });
  });

  it('keeps another call ringing while one is under way, and forgets the panel once logged', () => {
    store().follow(aCall({ id: 1, direction: 'outbound' }));
    store().ring({ call: aCall({ id: 2 }), matches: [] });
    expect(store().ringing?.call.id).toBe(2);
    store().update(aCall({ id: 3, version: 5 }));
    expect(store().active?.call.id).toBe(1);
    store().openEnd();
    expect(store().ending).toBe(true);
    store().finish();
    expect(store().active).toBeNull();
    expect(store().ending).toBe(false);
    store().openEnd();
    expect(store().ending).toBe(false);
  });
});

describe('a recording picked for a call', () => {
  it('is an audio file by its extension, in any letter case, within the size limit', () => {
    expect(recordingProblem({ name: 'Ann 27 Nov.MP3', size: 1000 })).toBeNull();
    expect(recordingProblem({ name: 'call.amr', size: 1000 })).toBeNull();
    expect(recordingProblem({ name: 'notes.txt', size: 10 })).toBe('notAudio');
    expect(recordingProblem({ name: 'mp3', size: 10 })).toBe('notAudio');
    expect(recordingProblem({ name: 'long.wav', size: 200 * 1024 * 1024 + 1 })).toBe('tooLarge');
  });
});
