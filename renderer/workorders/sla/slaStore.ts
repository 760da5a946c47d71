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
  load(): Promise<void>;
  /** Puts saved settings in place at once, before their event arrives. */
  replace(settings: SlaSettings): void;
}

const withCalendar = (settings: SlaSettings) => ({ settings, calendar: calendarOf(settings) });

/** The company's SLA settings, shared by the queue rows, the work-order page and the settings page. */
export const useSlaStore = create<SlaStore>()((set) => ({
  settings: null,
  calendar: null,
  async load() {
    try {
      set(withCalendar(await call('workorders.sla.get', {})));
    } catch {
      // Without a calendar the screens still show due and breached times; only "time left" waits.
    }
  },
  replace: (settings) => set(withCalendar(settings)),
}));

/** The business calendar, loaded on first use and again whenever an admin changes the settings. */
export function useBusinessCalendar(): BusinessCalendar | null {
  const calendar = useSlaStore((store) => store.calendar);
  useEffect(() => {
    const { settings, load } = useSlaStore.getState();
    if (!settings) void load();
    return onEvent('workorderSla.changed', (event) => {
      if (useSlaStore.getState().settings?.version !== event.version) void load();
    });
  }, []);
  return calendar;
}
