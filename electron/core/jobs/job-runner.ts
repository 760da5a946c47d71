/**
 * Long jobs (imports, DESIGN §3) by key: each gets an AbortSignal to stop between its steps.
 * A job reports its own progress and outcome; the runner only starts, cancels and awaits them.
 */
export function createJobRunner(logError: (error: unknown, job: string) => void) {
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();

  return {
    /** Starts `job` now; a job records its own outcome, and what it throws is logged. */
    start(key: number, name: string, job: (signal: AbortSignal) => Promise<void>): void {
      if (running.has(key)) throw new Error(`job ${key} is already running`);
      const controller = new AbortController();
      const done = job(controller.signal)
        .catch((error: unknown) => logError(error, name))
        .finally(() => running.delete(key));
      running.set(key, { controller, done });
    },

    isRunning: (key: number): boolean => running.has(key),

    /** Asks a job to stop; false when it is not running. */
    cancel(key: number): boolean {
      const job = running.get(key);
      job?.controller.abort();
      return job !== undefined;
    },

    /** Resolves when the job has ended (at once if it is not running). */
    settled: (key: number): Promise<void> => running.get(key)?.done ?? Promise.resolve(),

    /** Cancels every job and waits for all of them to stop. */
    async stopAll(): Promise<void> {
      const jobs = [...running.values()];
      for (const job of jobs) job.controller.abort();
      await Promise.all(jobs.map((job) => job.done));
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
