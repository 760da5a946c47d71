import { CrmError } from '../../../../shared/errors';

export interface ThrottleOptions {
  /** Failures allowed inside the window before further attempts are refused. */
  maxFailures: number;
  windowMs: number;
}

/**
 * Counts failed sign-ins per key (a username, an address). After `maxFailures` within
 * `windowMs`, attempts on that key are refused until the oldest failure leaves the window.
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

  return {
    check(keys: readonly string[]): void {
      for (const key of keys) {
        const list = recent(key);
        if (list.length >= options.maxFailures) {
          const retryAfterMs = list[0]! + options.windowMs - now();
          throw new CrmError('RATE_LIMITED', 'Too many failed sign-ins. Please wait and try again.', {
            retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
          });
        }
      }
    },
    fail(keys: readonly string[]): void {
      for (const key of keys) failures.set(key, [...recent(key), now()]);
    },
    succeed(keys: readonly string[]): void {
      for (const key of keys) failures.delete(key);
    },
  };
}
