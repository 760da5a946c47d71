import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentDay } from '../../../shared/calls/contract';
import { useCallCenterStore } from '../../../renderer/calls/callCenterStore';
import { callState, dayTotals, formatCallSeconds } from '../../../renderer/calls/callFigures';
import { mayChangeEndedCall } from '../../../renderer/calls/callPermissions';
import {
  CALL_EDIT_FIELDS,
  editCallInput,
  editCallValues,
  endCallDefaults,
  endCallInput,
  sameEditValue,
  validateCallNotes,
} from '../../../renderer/calls/endCallValues';
import { rebaseValues } from '../../../renderer/forms/rebase';
import { recordingProblem } from '../../../renderer/calls/recordingFile';
import { validateRing } from '../../../renderer/calls/ringValues';
import { translator } from '../renderer/translator';
import { aCall, T0 } from './aCall';

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
    expect(endCallDefaults(aCall({ direction: 'inbound' })).outcome).toBe('missed');
    expect(endCallDefaults(aCall({ direction: 'outbound' })).outcome).toBe('noAnswer');
  });

  it("names the call's contact, or else the contact just made for the unknown caller", () => {
    expect(endCallDefaults(aCall()).contact).toEqual({ id: 7, name: 'Ann Lee', companyId: null });
    const unknown = aCall({ contactId: null, contactName: null });
    expect(endCallDefaults(unknown).contact).toBeNull();
    expect(endCallDefaults(unknown, { id: 12, name: 'Wei Zhang', companyName: null }).contact).toEqual({
      id: 12,
      name: 'Wei Zhang',
      companyId: null,
    });
  });

  it('links an unknown caller to the contact picked for them, and never relinks a known one', () => {
    const wei = { id: 12, name: 'Wei Zhang', companyId: null };
    const unknown = aCall({ id: 6, contactId: null, contactName: null });
    expect(endCallInput(unknown, { outcome: 'missed', notes: '', contact: wei })).toEqual({
      callId: 6,
      outcome: 'missed',
      contactId: 12,
    });
    expect(endCallInput(unknown, { outcome: 'missed', notes: '', contact: null })).toEqual({
      callId: 6,
      outcome: 'missed',
    });
    expect(endCallInput(aCall({ id: 7 }), { outcome: 'busy', notes: '', contact: wei })).toEqual({
      callId: 7,
      outcome: 'busy',
    });
  });

  it('sends an outcome only for a call nobody answered, and notes only when written', () => {
    const unanswered = aCall({ id: 4 });
    expect(endCallInput(unanswered, { outcome: 'voicemail', notes: '  ', contact: null })).toEqual({
      callId: 4,
      outcome: 'voicemail',
    });
    const answered = aCall({ id: 5, answeredAt: T0 + 3_000 });
    expect(endCallInput(answered, { outcome: 'missed', notes: ' Wants a quote \n', contact: null })).toEqual({
      callId: 5,
      notes: 'Wants a quote',
    });
  });

  it('refuses notes longer than the server keeps, in words the user reads', async () => {
    const t = await translator('en');
    expect(validateCallNotes({ outcome: 'busy', notes: 'x'.repeat(5_000) })).toEqual({});
    const errors = validateCallNotes({ outcome: 'busy', notes: 'x'.repeat(5_001) });
    expect(errors.notes?.(t)).toMatch(/5000/);
  });
});

describe('editing an ended call', () => {
  const ended = aCall({
    id: 3,
    endedAt: T0 + 60_000,
    outcome: 'missed',
    notes: 'Left a message',
    version: 4,
  });

  it('is for its agent, an admin or the owner, once the call has ended', () => {
    expect(mayChangeEndedCall(ended, { id: 2, role: 'staff' })).toBe(true);
    expect(mayChangeEndedCall(ended, { id: 9, role: 'agent' })).toBe(false);
    expect(mayChangeEndedCall(ended, { id: 9, role: 'admin' })).toBe(true);
    expect(mayChangeEndedCall(ended, { id: 9, role: 'owner' })).toBe(true);
    expect(mayChangeEndedCall(aCall(), { id: 2, role: 'owner' })).toBe(false);
  });

  it('starts from what was saved and sends notes and contact against the version it was opened at', () => {
    const values = editCallValues(ended);
    expect(values).toEqual({ contact: { id: 7, name: 'Ann Lee', companyId: null }, notes: 'Left a message' });
    expect(editCallInput(ended, { ...values, notes: ' Called back \n' })).toEqual({
      callId: 3,
      version: 4,
      notes: 'Called back',
      contactId: 7,
    });
    // Clearing the contact unlinks the call; clearing the notes removes them.
    expect(editCallInput(ended, { contact: null, notes: '  ' })).toEqual({
      callId: 3,
      version: 4,
      notes: '',
      contactId: null,
    });
  });

  it('after a stale save, keeps what the user typed and takes the rest from the newer version', () => {
    const base = editCallValues(ended);
    const theirs = editCallValues({
      ...ended,
      contactId: 12,
      contactName: 'Wei Zhang',
      notes: 'Left a message',
    });
    const mine = { ...base, notes: 'Called back on Friday' };
    const rebased = rebaseValues(CALL_EDIT_FIELDS, base, theirs, mine, sameEditValue);
    expect(rebased.values).toEqual({
      contact: { id: 12, name: 'Wei Zhang', companyId: null },
      notes: 'Called back on Friday',
    });
    expect(rebased.clashes).toEqual([]);
    const bothNotes = rebaseValues(
      CALL_EDIT_FIELDS,
      base,
      { ...theirs, notes: 'Theirs' },
      mine,
      sameEditValue,
    );
    expect(bothNotes.values.notes).toBe('Called back on Friday');
    expect(bothNotes.clashes).toEqual(['notes']);
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

  it("shows an unknown caller's new contact in the pop and keeps it for the end form until the call is logged", () => {
    const unknown = aCall({ id: 4, contactId: null, contactName: null });
    store().ring({ call: unknown, matches: [] });
    const wei = { id: 12, name: 'Wei Zhang', companyName: null };
    store().callerAdded(4, wei);
    expect(store().ringing?.matches).toEqual([wei]);
    expect(store().callerContacts[4]).toEqual(wei);
    store().follow({ ...unknown, answeredAt: T0 + 2_000, version: 2 });
    expect(store().callerContacts[4]).toEqual(wei);
    store().finish();
    expect(store().callerContacts[4]).toBeUndefined();
  });

  it("forgets an unknown caller's new contact once the call has ended elsewhere, not before", () => {
    const wei = { id: 12, name: 'Wei Zhang', companyName: null };
    const ann = { id: 7, name: 'Ann Lee', companyName: null };
    store().ring({ call: aCall({ id: 4, contactId: null, contactName: null }), matches: [] });
    store().callerAdded(4, wei);
    store().callerAdded(5, ann);
    // Answered in another window, then hung up there: this window never logs it.
    store().callChanged({ id: 4, action: 'answered', version: 2 });
    expect(store().callerContacts[4]).toEqual(wei);
    store().callChanged({ id: 4, action: 'ended', version: 3 });
    expect(store().callerContacts).toEqual({ 5: ann });
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
