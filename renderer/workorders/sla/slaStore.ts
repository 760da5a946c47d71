import { useEffect } from 'react';
import { create } from 'zustand';
import type { BusinessCalendar } from '../../../shared/workorders/business-time';
import { calendarOf, type SlaSettings } from '../../../shared/workorders/sla';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';

interface SlaStore {
  settings: SlaSettings | null;
  /** The business calendar of the settings, for counting time left; null until loaded. */
  calendar: BusinessCalendar | null;
  /** A load has ended, with the settings or without them. */
  settled: boolean;
  load(): Promise<void>;
  /** Puts saved settings in place at once, before their event arrives. */
  replace(settings: SlaSettings): void;
}

const withCalendar = (settings: SlaSettings) => ({ settings, calendar: calendarOf(settings), settled: true });

/** The company's SLA settings, shared by the queue rows, the work-order page and the settings page. */
export const useSlaStore = create<SlaStore>()((set) => ({
  settings: null,
  calendar: null,
  settled: false,
  async load() {
    try {
      set(withCalendar(await call('workorders.sla.get', {})));
    } catch {
      // Without a calendar the screens still show due and breached times; only "time left" waits.
      set({ settled: true });
    }
  },
  replace: (settings) => set(withCalendar(settings)),
}));

/**
 * The settings, loaded on first use and again whenever an admin changes them; null until loaded,
 * and where the user may not read them (`readable` false: nothing is asked).
 */
export function useSlaSettings(readable = true): SlaSettings | null {
  const settings = useSlaStore((store) => store.settings);
  useEffect(() => {
    if (!readable) return;
    const { settings, load } = useSlaStore.getState();
    if (!settings) void load();
    return onEvent('workorderSla.changed', (event) => {
      if (useSlaStore.getState().settings?.version !== event.version) void load();
    });
  }, [readable]);
  return readable ? settings : null;
}

/** The business calendar of the settings, kept as current as they are. */
export function useBusinessCalendar(): BusinessCalendar | null {
  useSlaSettings();
  return useSlaStore((store) => store.calendar);
}
