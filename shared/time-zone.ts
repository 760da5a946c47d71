import { z } from 'zod';

/** Whether this runtime knows the IANA time zone (Europe/Berlin, Asia/Shanghai, UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z.string().max(64).refine(isTimeZone, 'unknown time zone');
