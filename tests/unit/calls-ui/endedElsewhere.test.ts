import { beforeEach, describe, expect, it } from 'vitest';
import { useCallCenterStore } from '../../../renderer/calls/callCenterStore';
import { addedToCallInput, callerLinkInput } from '../../../renderer/calls/endCallValues';
import { aCall, T0 } from './aCall';

const running = aCall({
  id: 4,
  number: '555 0177',
  contactId: null,
  contactName: null,
  answeredAt: T0 + 3_000,
  version: 2,
});

const endedElsewhere = { ...running, endedAt: T0 + 60_000, outcome: 'answered' as const, version: 3 };

describe('the running call ended in another window', () => {
  const store = () => useCallCenterStore.getState();
  beforeEach(() => store().reset());

  const weiZhang = { id: 8, name: 'Wei Zhang', companyName: null };

  it('closes the panel, naming the call, and hands over the caller’s new contact to link', () => {
    store().follow(running);
    store().callerAdded(running.id, weiZhang);
    expect(store().callChanged({ id: running.id, action: 'ended', version: 3 })).toEqual({
      panelClosedOn: running,
      unlinkedCaller: weiZhang,
    });
    expect(store().active).toBeNull();
    expect(store().callerContacts).toEqual({});
  });

  it('closes the screen pop of a call that ended before anyone answered it', () => {
    const ringing = { ...running, answeredAt: null };
    store().ring({ call: ringing, matches: [] });
    store().callerAdded(ringing.id, weiZhang);
    expect(store().callChanged({ id: ringing.id, action: 'ended', version: 3 })).toEqual({
      panelClosedOn: null,
      unlinkedCaller: weiZhang,
    });
    expect(store().ringing).toBeNull();
  });

  it('keeps an open end form, now adding to the ended call, until it is closed', () => {
    store().follow(running);
    store().openEnd();
    store().callerAdded(running.id, weiZhang);
    // The open form links the caller's contact itself.
    expect(store().callChanged({ id: running.id, action: 'ended', version: 3 })).toEqual({
      panelClosedOn: null,
      unlinkedCaller: null,
    });
    expect(store()).toMatchObject({ active: { call: { id: 4 } }, ending: true, endedElsewhere: true });
    // Closing the form leaves nothing to hang up: the panel goes with it.
    store().closeEnd();
    expect(store()).toMatchObject({ active: null, ending: false, endedElsewhere: false });
  });

  it('learns it from a refused end too, and is not fooled by other calls or other changes', () => {
    store().follow(running);
    store().openEnd();
    const nothing = { panelClosedOn: null, unlinkedCaller: null };
    expect(store().callChanged({ id: 99, action: 'ended', version: 1 })).toEqual(nothing);
    expect(store().callChanged({ id: running.id, action: 'answered', version: 2 })).toEqual(nothing);
    expect(store()).toMatchObject({ active: { call: { id: 4 } }, endedElsewhere: false });
    store().endedMeanwhile();
    expect(store().endedElsewhere).toBe(true);
    // A call followed afterwards starts afresh.
    store().follow({ ...running, id: 5 });
    expect(store().endedElsewhere).toBe(false);
  });
});

describe('what is added to a call ended elsewhere', () => {
  const typed = { contact: { id: 8, name: 'Wei Zhang', companyId: null }, notes: ' Wants a catalogue ' };

  it('notes go after the ones it has, against its newest version, linking the contact it lacks', () => {
    expect(addedToCallInput(endedElsewhere, typed)).toEqual({
      callId: 4,
      version: 3,
      notes: 'Wants a catalogue',
      contactId: 8,
    });
    expect(
      addedToCallInput(
        { ...endedElsewhere, notes: 'Asked for prices', contactId: 7, contactName: 'Ann' },
        typed,
      ),
    ).toEqual({ callId: 4, version: 3, notes: 'Asked for prices\n\nWants a catalogue', contactId: 7 });
  });

  it('a picked contact alone is linked; nothing new sends nothing', () => {
    const contactOnly = { ...typed, notes: '' };
    expect(addedToCallInput({ ...endedElsewhere, notes: 'Asked for prices' }, contactOnly)).toEqual({
      callId: 4,
      version: 3,
      notes: 'Asked for prices',
      contactId: 8,
    });
    // The same notes saved elsewhere are not doubled, and a linked call keeps its contact.
    expect(
      addedToCallInput(
        { ...endedElsewhere, notes: 'Wants a catalogue', contactId: 7, contactName: 'Ann' },
        typed,
      ),
    ).toBeNull();
    expect(addedToCallInput(endedElsewhere, { contact: null, notes: ' ' })).toBeNull();
  });

  it('the contact made for the caller is linked only to a call that has none', () => {
    const caller = { id: 8, name: 'Wei Zhang', companyName: null };
    expect(callerLinkInput(endedElsewhere, caller)).toEqual({
      callId: 4,
      version: 3,
      notes: '',
      contactId: 8,
    });
    expect(callerLinkInput({ ...endedElsewhere, contactId: 7, contactName: 'Ann' }, caller)).toBeNull();
  });
});
