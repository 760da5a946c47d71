import type { EventName } from '../../../shared/events';
import type { EventBus } from '../events';

/**
 * The longest single wait. Waking now and then costs one indexed query and keeps due work on
 * time when the wall clock jumps (sleep, a corrected clock); it also stays far below the
 * 24.8 days beyond which setTimeout fires at once.
 */
export const LONGEST_WAIT_MS = 60_000;

export interface DueTimerOptions {
  /** The soonest due time, or null when nothing waits. */
  nextAt(): number | null;
  /** Handles what is due at `now` (a batch; the timer wakes again at once if more is due). */
  takeDue(now: number): void;
  /** Events after which the soonest due time may have changed. */
  rearmOn: readonly EventName[];
  events: EventBus;
  now: () => number;
  /** Names the failures sent to `logError`. */
  name: string;
  logError: (error: unknown, name: string) => void;
}

/**
 * One timer, armed for the soonest due time and re-armed whenever `rearmOn` is heard; what fell
 * due while the app was closed is taken at start. Whatever fails, the timer is armed again, and a
 * database that fails (busy, full) is tried again after the longest wait, not in a tight loop.
 * Returns the function that stops it.
 */
export function startDueTimer({
  nextAt,
  takeDue,
  rearmOn,
  events,
  now,
  name,
  logError,
}: DueTimerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const wait = (ms: number) => {
    timer = setTimeout(fire, ms);
    // A waiting timer must not keep a host, a script or a test process alive.
    timer.unref?.();
  };

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const next = nextAt();
    if (next !== null) wait(Math.min(Math.max(0, next - now()), LONGEST_WAIT_MS));
  };

  function fire(): void {
    timer = null;
    try {
      takeDue(now());
      arm();
    } catch (error) {
      logError(error, name);
      if (!stopped && !timer) wait(LONGEST_WAIT_MS);
    }
  }

  const unsubscribe = events.subscribe((event) => {
    if (rearmOn.includes(event.name)) arm();
  });
  arm();

  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
    timer = null;
  };
}
