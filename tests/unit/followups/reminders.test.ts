import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import { LONGEST_WAIT_MS } from '../../../electron/core/jobs/due-timer';
import {
  closeCores,
  type Clock,
  MINUTE,
  SECOND,
  setupCore,
  START,
  startCore,
  type TestCore,
} from '../core/helpers';
import { call, recordEvents, seenBy } from './helpers';

const tempDirs: string[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
});

afterEach(() => {
  closeCores();
  vi.useRealTimers();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The core's clock is the fake timers' clock: time passing runs the timers due on the way. */
const fakeTimeClock = (): Clock => ({
  now: () => Date.now(),
  advance: (ms) => vi.advanceTimersByTime(ms),
  set: (ms) => vi.setSystemTime(ms),
});

const pass = (t: Pick<TestCore, 'clock'>, ms: number) => t.clock.advance(ms);

const reminders = (events: readonly CoreEvent[]) => events.filter((event) => event.name === 'followup.due');
const remindedSubjects = (events: readonly CoreEvent[]) =>
  reminders(events).map((event) => (event.data as { subject: string }).subject);

async function scene() {
  const t = await setupCore({ clock: fakeTimeClock(), reminders: true });
  const sam = await t.addUser('staff', 'sam');
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Lee Trading' });
  const events = recordEvents(t);
  return { t, sam, ann, events };
}

describe('follow-up reminders', () => {
  test('go out at the due time, not before, to the assignee alone, with what a notification shows', async () => {
    const { t, sam, ann, events } = await scene();
    const created = await t.call(
      'followups.create',
      call(ann.id, START + 10 * MINUTE, { subject: 'Call about the quote', assigneeId: sam.user.id }),
    );
    pass(t, 10 * MINUTE - 1);
    expect(reminders(events)).toEqual([]);
    pass(t, 1);
    const [due, ...more] = reminders(events);
    expect(more).toEqual([]);
    expect(due!.data).toEqual({
      id: created.id,
      kind: 'call',
      subject: 'Call about the quote',
      dueAt: START + 10 * MINUTE,
      contactId: ann.id,
      contactName: 'Ann Lee',
      companyId: null,
      companyName: null,
    });
    expect(seenBy(due!, [t.owner.user.id, sam.user.id])).toEqual([sam.user.id]);
  });

  test('go out once, however long the app runs after', async () => {
    const { t, ann, events } = await scene();
    await t.call('followups.create', call(ann.id, START + MINUTE));
    pass(t, MINUTE);
    pass(t, 30 * MINUTE);
    expect(remindedSubjects(events)).toEqual(['Call back']);
  });

  test('several due together go out together, soonest first, across assignees', async () => {
    const { t, sam, ann, events } = await scene();
    await t.call('followups.create', call(ann.id, START + 2 * MINUTE, { subject: 'second' }));
    await t.call(
      'followups.create',
      call(ann.id, START + MINUTE, { subject: 'first', assigneeId: sam.user.id }),
    );
    await t.call('followups.create', call(ann.id, START + 3 * MINUTE, { subject: 'later' }));
    // The computer sleeps for a minute, so the first wake comes late: what fell due meanwhile goes out at once.
    vi.setSystemTime(START + MINUTE);
    vi.advanceTimersByTime(MINUTE);
    expect(remindedSubjects(events)).toEqual(['first', 'second']);
    pass(t, MINUTE);
    expect(remindedSubjects(events)).toEqual(['first', 'second', 'later']);
  });

  test('follow a due time moved earlier, and remind again of one moved later after its reminder', async () => {
    const { t, ann, events } = await scene();
    const f = await t.call('followups.create', call(ann.id, START + 10 * MINUTE));
    await t.call('followups.update', { id: f.id, version: 1, patch: { dueAt: START + 5 * MINUTE } });
    pass(t, 5 * MINUTE);
    expect(remindedSubjects(events)).toEqual(['Call back']);
    await t.call('followups.update', { id: f.id, version: 2, patch: { dueAt: START + 20 * MINUTE } });
    await t.call('followups.update', { id: f.id, version: 3, patch: { subject: 'Call back again' } });
    pass(t, 15 * MINUTE - 1);
    expect(reminders(events)).toHaveLength(1);
    pass(t, 1);
    expect(remindedSubjects(events)).toEqual(['Call back', 'Call back again']);
  });

  test('a follow-up handed to someone else reminds its new assignee', async () => {
    const { t, sam, ann, events } = await scene();
    const f = await t.call('followups.create', call(ann.id, START + MINUTE));
    pass(t, MINUTE);
    await t.call('followups.update', {
      id: f.id,
      version: 1,
      patch: { assigneeId: sam.user.id, dueAt: START + 2 * MINUTE },
    });
    pass(t, MINUTE);
    expect(reminders(events).map((event) => seenBy(event, [t.owner.user.id, sam.user.id]))).toEqual([
      [t.owner.user.id],
      [sam.user.id],
    ]);
  });

  test('none for a follow-up done or deleted before it falls due; one for a reopened one', async () => {
    const { t, ann, events } = await scene();
    const done = await t.call('followups.create', call(ann.id, START + MINUTE, { subject: 'done' }));
    const gone = await t.call('followups.create', call(ann.id, START + MINUTE, { subject: 'gone' }));
    const reopened = await t.call(
      'followups.create',
      call(ann.id, START + 2 * MINUTE, { subject: 'reopened' }),
    );
    await t.call('followups.complete', { id: done.id, version: 1, done: true });
    await t.call('followups.delete', { id: gone.id, version: 1 });
    await t.call('followups.complete', { id: reopened.id, version: 1, done: true });
    pass(t, MINUTE);
    await t.call('followups.complete', { id: reopened.id, version: 2, done: false });
    pass(t, 10 * MINUTE);
    expect(remindedSubjects(events)).toEqual(['reopened']);
  });

  test('none for a call logged after the fact or a note without a due time', async () => {
    const { t, ann, events } = await scene();
    await t.call('followups.create', call(ann.id, START - MINUTE, { subject: 'logged call' }));
    await t.call('followups.create', { kind: 'note', subject: 'a note', contactId: ann.id });
    pass(t, 10 * MINUTE);
    expect(reminders(events)).toEqual([]);
  });

  test('one that fell due while the app was closed goes out once at the next start, not at the one after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-reminders-'));
    tempDirs.push(dir);
    const clock = fakeTimeClock();
    const first = await setupCore({ dataDir: dir, file: undefined, clock, reminders: true });
    const ann = await first.call('contacts.create', { name: 'Ann Lee' });
    await first.call('followups.create', call(ann.id, START + 10 * MINUTE, { subject: 'while closed' }));
    first.core.close();

    // The app is closed: no timer runs while an hour passes.
    clock.set(START + 60 * MINUTE);
    const second = startCore({ dataDir: dir, file: undefined, clock, reminders: true });
    const events = recordEvents(second);
    vi.advanceTimersByTime(0);
    expect(remindedSubjects(events)).toEqual(['while closed']);
    second.core.close();

    const third = startCore({ dataDir: dir, file: undefined, clock, reminders: true });
    const later = recordEvents(third);
    pass(third, 10 * MINUTE);
    expect(reminders(later)).toEqual([]);
  });

  test('a listener that fails loses only that reminder: the others and later ones still go out', async () => {
    const { t, ann, events } = await scene();
    await t.call('followups.create', call(ann.id, START + MINUTE, { subject: 'first' }));
    await t.call('followups.create', call(ann.id, START + MINUTE, { subject: 'second' }));
    await t.call('followups.create', call(ann.id, START + 2 * MINUTE, { subject: 'later' }));
    const failure = new Error('the window is gone');
    let failed = false;
    t.core.events.subscribe((event) => {
      if (event.name === 'followup.due' && !failed) {
        failed = true;
        throw failure;
      }
    });
    pass(t, MINUTE);
    expect(remindedSubjects(events)).toEqual(['first', 'second']);
    pass(t, MINUTE);
    expect(remindedSubjects(events)).toEqual(['first', 'second', 'later']);
    expect(t.logged).toEqual([{ error: failure, procedure: 'followup.due' }]);
  });

  test('a database that fails at the due time is tried again, not given up on', async () => {
    const { t, ann, events } = await scene();
    await t.call('followups.create', call(ann.id, START + MINUTE));
    const failure = new Error('database is locked');
    vi.spyOn(t.core.context.followups, 'takeDueReminders').mockImplementationOnce(() => {
      throw failure;
    });
    pass(t, MINUTE);
    expect(reminders(events)).toEqual([]);
    expect(t.logged).toEqual([{ error: failure, procedure: 'followup.due' }]);
    pass(t, LONGEST_WAIT_MS);
    expect(remindedSubjects(events)).toEqual(['Call back']);
  });

  test('a core not asked for reminders (a script) sends none and leaves them for the app', async () => {
    const t = await setupCore({ clock: fakeTimeClock() });
    const events = recordEvents(t);
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    await t.call('followups.create', call(ann.id, START + MINUTE));
    pass(t, 10 * MINUTE);
    expect(reminders(events)).toEqual([]);
    const remindedAt = t.core.context.db.prepare('SELECT reminded_at FROM followups').pluck().all();
    expect(remindedAt).toEqual([null]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('closing the core leaves no timer behind', async () => {
    const { t, ann } = await scene();
    await t.call('followups.create', call(ann.id, START + 10 * SECOND));
    expect(vi.getTimerCount()).toBe(1);
    t.core.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});
