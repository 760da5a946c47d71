import { create } from 'zustand';
import type { Call, CallerMatch } from '../../shared/calls/contract';
import type { EventData } from '../../shared/events';

/** `since` is this computer's clock when the call began here, so the timer ignores a skewed server clock. */
export interface ActiveCall {
  call: Call;
  since: number;
}

export interface RingingCall {
  call: Call;
  matches: CallerMatch[];
}

interface CallCenterStore {
  /** An incoming call shown in the screen pop. */
  ringing: RingingCall | null;
  /** The call the docked panel follows: dialled here, or answered from the screen pop. */
  active: ActiveCall | null;
  /** The end form of the active call is open. */
  ending: boolean;
  /**
   * The active call was ended elsewhere (another window, the phone connector) while its end form
   * was open: the form offers to add what was typed to the ended call instead.
   */
  endedElsewhere: boolean;
  /** The ended call whose edit form is open. */
  editing: Call | null;
  /**
   * Contacts made for unknown callers from the screen pop, by call id. A running call cannot be
   * edited (calls.update), so the contact is linked when the call is ended (calls.end). Dropped
   * once the call has ended, here or elsewhere.
   */
  callerContacts: Record<number, CallerMatch>;
  ring(ringing: RingingCall): void;
  dismissRinging(): void;
  /**
   * The panel follows this call from now on; its screen pop, if any, is done. `since` is when its
   * clock started: now for a call begun here, its start for one picked up again from the log.
   */
  follow(call: Call, since?: number): void;
  /** A newer version of the active call (answered, say). */
  update(call: Call): void;
  openEnd(): void;
  /** The end form closes unsent; the panel too once the call has ended elsewhere. */
  closeEnd(): void;
  /** The active call was logged as ended: the panel closes. */
  finish(): void;
  /** A contact was made for the caller of a running call: the pop shows them, the end form links them. */
  callerAdded(callId: number, contact: CallerMatch): void;
  /** The active call turned out to have ended elsewhere (its end was refused as CONFLICT). */
  endedMeanwhile(): void;
  /**
   * A call changed somewhere (its `call.changed` event). Once it has ended, its screen pop closes,
   * and the panel stops following it unless its end form is open (then `endedElsewhere`, and the
   * form links the caller's contact). Says what the window still has to do (CallEnded).
   */
  callChanged(change: EventData<'call.changed'>): CallEnded;
  openEdit(call: Call): void;
  closeEdit(): void;
  reset(): void;
}

/** What a call ended elsewhere leaves to the window. */
export interface CallEnded {
  /** The call the panel was following and closed on: the window says why. */
  panelClosedOn: Call | null;
  /** The contact made for its caller from the screen pop, not yet linked to it. */
  unlinkedCaller: CallerMatch | null;
}

const NOTHING_LEFT: CallEnded = { panelClosedOn: null, unlinkedCaller: null };

function withoutCaller(callerContacts: Record<number, CallerMatch>, callId: number) {
  const others = { ...callerContacts };
  delete others[callId];
  return others;
}

const IDLE = {
  ringing: null,
  active: null,
  ending: false,
  endedElsewhere: false,
  editing: null,
  callerContacts: {},
};

/** The window's calls: the one ringing in the screen pop and the one under way in the panel. */
export const useCallCenterStore = create<CallCenterStore>()((set, get) => ({
  ...IDLE,
  ring(ringing) {
    // The same call comes twice when typed in here: as the answer to calls.ring and as its event.
    if (get().active?.call.id === ringing.call.id) return;
    set({ ringing });
  },
  dismissRinging: () => set({ ringing: null }),
  follow(call, since = Date.now()) {
    const { ringing } = get();
    set({
      active: { call, since },
      ending: false,
      endedElsewhere: false,
      ringing: ringing?.call.id === call.id ? null : ringing,
    });
  },
  update(call) {
    const { active } = get();
    if (active?.call.id === call.id) set({ active: { ...active, call } });
  },
  openEnd: () => set({ ending: get().active !== null }),
  closeEnd() {
    // A call ended elsewhere has nothing left to hang up: the panel closes with its form.
    if (get().endedElsewhere) get().finish();
    else set({ ending: false });
  },
  finish() {
    const { active, callerContacts } = get();
    set({
      active: null,
      ending: false,
      endedElsewhere: false,
      callerContacts: active === null ? callerContacts : withoutCaller(callerContacts, active.call.id),
    });
  },
  callerAdded(callId, contact) {
    const { ringing, callerContacts } = get();
    set({
      callerContacts: { ...callerContacts, [callId]: contact },
      ringing: ringing?.call.id === callId ? { ...ringing, matches: [contact] } : ringing,
    });
  },
  endedMeanwhile: () => set({ endedElsewhere: get().active !== null }),
  callChanged({ id, action }) {
    if (action !== 'ended') return NOTHING_LEFT;
    const { ringing, active, ending, callerContacts } = get();
    if (ringing?.call.id === id) set({ ringing: null });
    const following = active?.call.id === id;
    if (following && ending) {
      set({ endedElsewhere: true });
      return NOTHING_LEFT;
    }
    if (following) set({ active: null, ending: false, endedElsewhere: false });
    const unlinkedCaller = callerContacts[id] ?? null;
    if (unlinkedCaller) set({ callerContacts: withoutCaller(callerContacts, id) });
    return { panelClosedOn: following ? active.call : null, unlinkedCaller };
  },
  openEdit: (call) => set({ editing: call }),
  closeEdit: () => set({ editing: null }),
  reset: () => set(IDLE),
}));
