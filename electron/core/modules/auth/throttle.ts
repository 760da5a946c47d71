import { CrmError } from '../../../../shared/errors';

export interface ThrottleOptions {
  /** Failures allowed inside the window before further attempts are refused. */
  maxFailures: number;
  windowMs: number;
  /** Failures after which each attempt waits, doubling from `firstDelayMs` up to `maxDelayMs`. */
  delayAfter: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/**
 * Counts failed attempts (sign-ins, password checks) per key: a username, an address. Every
 * attempt counts as a failure from its start until `succeed` clears the key, so attempts made
 * in parallel cannot slip past the limit while their passwords are being checked. After
 * `delayAfter` failures attempts slow down; after `maxFailures` within `windowMs` they are
 * refused until the oldest failure leaves the window.
 */
export function createThrottle(options: ThrottleOptions, now: () => number) {
  const failures = new Map<string, number[]>();

  const recent = (key: string) => {
    const since = now() - options.windowMs;
    const list = (failures.get(key) ?? []).filter((at) => at > since);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };

  const delayFor = (earlierFailures: number) =>
    earlierFailures < options.delayAfter
      ? 0
      : Math.min(options.firstDelayMs * 2 ** (earlierFailures - options.delayAfter), options.maxDelayMs);

  return {
    /**
     * Starts an attempt: RATE_LIMITED when a key is over its limit, otherwise the attempt is
     * counted and the answer is how long to wait before checking it.
     */
    begin(keys: readonly string[]): number {
      let earlier = 0;
      for (const key of keys) {
        const list = recent(key);
        if (list.length >= options.maxFailures) {
          const retryAfterMs = list[0]! + options.windowMs - now();
          throw new CrmError('RATE_LIMITED', 'Too many failed attempts. Please wait and try again.', {
            retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
          });
        }
        earlier = Math.max(earlier, list.length);
      }
      for (const key of keys) failures.set(key, [...recent(key), now()]);
      return delayFor(earlier);
    },
    succeed(keys: readonly string[]): void {
      for (const key of keys) failures.delete(key);
    },
  };
}
