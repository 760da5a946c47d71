import { useEffect, useState } from 'react';

/** The client's clock, read again every `everyMs`, so "overdue" follows the time without a reload. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
