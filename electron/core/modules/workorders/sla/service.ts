import type { BusinessCalendar } from '../../../../../shared/workorders/business-time';
import {
  calendarOf,
  DEFAULT_SLA,
  type SlaSettings,
  type SlaSettingsInput,
} from '../../../../../shared/workorders/sla';
import type { SlaTarget, WorkOrderSla } from '../../../../../shared/workorders/sla-timers';
import { isTimeZone } from '../../../../../shared/time-zone';
import type { SlaRecord, SlaRepository } from './repository';
import { newBreaches, slaTimers } from './timers';

/** A target that passed unmet, as the breach notice tells it. */
export interface SlaBreach {
  id: number;
  number: string;
  subject: string;
  target: SlaTarget;
  dueAt: number;
}

/** This machine's time zone: the office's until an admin sets one. */
export function hostTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/**
 * The company's SLA settings and every work order's timers under them. Timers are recomputed at
 * each change of a work order (procedures' `changed`), and for every open work order when the
 * settings change: the new hours and targets apply to open work orders from their creation on,
 * breaches already recorded stay recorded.
 */
export function createSlaService(repository: SlaRepository, defaultTimeZone = hostTimeZone()) {
  let cached: { version: number; settings: SlaSettings; calendar: BusinessCalendar } | null = null;

  function current() {
    const stored = repository.settings();
    if (cached?.version !== stored.version) {
      const saved = stored.settings === null ? null : (JSON.parse(stored.settings) as SlaSettingsInput);
      const settings: SlaSettings = saved ?? { ...DEFAULT_SLA, timeZone: defaultTimeZone, version: 0 };
      settings.version = stored.version;
      cached = { version: stored.version, settings, calendar: calendarOf(settings) };
    }
    return cached;
  }

  const timersOf = (record: SlaRecord, now: number) => {
    const { settings, calendar } = current();
    return slaTimers(record, settings, calendar, now);
  };

  function refresh(id: number, now: number): WorkOrderSla {
    const record = repository.state(id);
    const timers = timersOf(record, now);
    repository.setTimers(id, timers);
    return {
      firstResponseDueAt: timers.firstResponseDueAt,
      resolutionDueAt: timers.resolutionDueAt,
      pausedAt: timers.pausedAt,
      firstResponseBreachedAt: record.firstResponseBreachedAt,
      resolutionBreachedAt: record.resolutionBreachedAt,
      dueAt: timers.dueAt,
    };
  }

  /** Records the targets of a work order that passed unmet by `now` and stores its timers after them. */
  function recordBreaches(record: SlaRecord, now: number): SlaBreach[] {
    const breaches = newBreaches(record, timersOf(record, now), now);
    for (const { target, dueAt } of breaches) repository.markBreached(record.id, target, dueAt);
    refresh(record.id, now);
    return breaches.map((breach) => ({
      ...breach,
      id: record.id,
      number: record.number,
      subject: record.subject,
    }));
  }

  /**
   * Recomputes every open work order's timers. Targets the new settings put in the past are
   * recorded as breached without a notice: owners and admins hear of breaches as they happen, not
   * of a backlog all at once (the first start after the migration, a tightened target).
   */
  function applyToOpen(now: number): void {
    repository.transaction(() => {
      for (const id of repository.openIds()) recordBreaches(repository.state(id), now);
      repository.markApplied();
    });
  }

  return {
    settings: (): SlaSettings => structuredClone(current().settings),

    /** Stores the settings at `version` (CONFLICT when stale) and recomputes the open work orders' timers. */
    save(input: SlaSettingsInput, now: number): SlaSettings {
      const { version, ...settings } = input;
      repository.transaction(() => {
        repository.saveSettings(version, JSON.stringify(settings));
        applyToOpen(now);
      });
      return structuredClone(current().settings);
    },

    /** Gives open work orders timers under settings they were never computed under (after the migration). */
    applyIfPending(now: number): void {
      if (!repository.settings().applied) applyToOpen(now);
    },

    /** Recomputes and stores a work order's timers after a change; returns them as the contract shows them. */
    refresh,

    nextBreachAt: () => repository.nextBreachAt(),

    /** Records the targets that passed unmet by `now` (at most `limit` work orders) and returns them, once each. */
    takeBreaches(now: number, limit: number): SlaBreach[] {
      return repository.transaction(() =>
        repository.dueBreaches(now, limit).flatMap((record) => recordBreaches(record, now)),
      );
    },
  };
}

export type SlaService = ReturnType<typeof createSlaService>;
