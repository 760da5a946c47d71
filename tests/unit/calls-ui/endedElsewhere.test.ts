import { beforeEach, describe, expect, it } from 'vitest';
import type { Call } from '../../../shared/calls/contract';
import { useCallCenterStore } from '../../../renderer/calls/callCenterStore';
import { addedNotesInput } from '../../../renderer/calls/endCallValues';

const T0 = Date.UTC(2026, 10, 27, 9, 0);

const running: Call = {
  id: 4,
  agentId: 2,
  agentName: 'Bo Chen',
  direction: 'inbound',
  number: '555 0177',
  contactId: null,
  contactName: null,
  startedAt: T0,
  answeredAt: T0 + 3_000,
  endedAt: null,
  durationS: null,
  talkS: null,
  outcome: null,
  notes: null,
  recording: null,
  version: 2,
};

const endedElsewhere = { ...running, endedAt: T0 + 60_000, outcome: 'answered' as const, version: 3 };

describe('the running call ended in another window', () => {
  const store = () => useCallCenterStore.getState();
  beforeEach(() => store().reset());

  it('closes the panel, naming the call, when nothing was being typed', () => {
    store().follow(running);
    store().callerAdded(running.id, { id: 8, name: 'Wei Zhang', companyName: null });
    expect(store().callChanged({ id: running.id, action: 'ended', version: 3 })).toMatchObject({
      number: '555 0177',
    });
    expect(store().active).toBeNull();
    expect(store().callerContacts).toEqual({});
  });

  it('keeps an open end form, now adding to the ended call, until it is closed', () => {
    store().follow(running);
    store().openEnd();
    expect(store().callChanged({ id: running.id, action: 'ended', version: 3 })).toBeNull();
    expect(store()).toMatchObject({ active: { call: { id: 4 } }, ending: true, endedElsewhere: true });
    // Closing the form leaves nothing to hang up: the panel goes with it.
    store().closeEnd();
    expect(store()).toMatchObject({ active: null, ending: false, endedElsewhere: false });
  });

  it('learns it from a refused end too, and is not fooled by other calls or other changes', () => {
    store().follow(running);
    store().openEnd();
    expect(store().callChanged({ id: 99, action: 'ended', version: 1 })).toBeNull();
    expect(store().callChanged({ id: running.id, action: 'answered', version: 2 })).toBeNull();
    expect(store()).toMatchObject({ active: { call: { id: 4 } }, endedElsewhere: false });
    store().endedMeanwhile();
    expect(store().endedElsewhere).toBe(true);
    // A call followed afterwards starts afresh.
    store().follow({ ...running, id: 5 });
    expect(store().endedElsewhere).toBe(false);
  });
});

describe('notes added to a call ended elsewhere', () => {
  const typed = { contact: { id: 8, name: 'Wei Zhang', companyId: null }, notes: ' Wants a catalogue ' };

  it('go after the notes it has, against its newest version, linking the contact it lacks', () => {
    expect(addedNotesInput(endedElsewhere, typed)).toEqual({
      callId: 4,
      version: 3,
      notes: 'Wants a catalogue',
      contactId: 8,
    });
    expect(
      addedNotesInput(
        { ...endedElsewhere, notes: 'Asked for prices', contactId: 7, contactName: 'Ann' },
        typed,
      ),
    ).toEqual({ callId: 4, version: 3, notes: 'Asked for prices\n\nWants a catalogue', contactId: 7 });
    // The same notes saved elsewhere are not doubled.
    expect(addedNotesInput({ ...endedElsewhere, notes: 'Wants a catalogue' }, typed).notes).toBe(
      'Wants a catalogue',
    );
  });
});
