import { afterEach, describe, expect, test } from 'vitest';
import { startOfNextDay } from '../../../electron/core/modules/followups/day';
import { closeCores, HOUR, issuePaths, MINUTE, setupCore, START } from '../core/helpers';
import { call } from './helpers';

afterEach(closeCores);

const subjects = (items: readonly { subject: string }[]) => items.map((item) => item.subject);

describe('startOfNextDay', () => {
  test.each([
    // START is 17:00 in Shanghai (UTC+8) and 04:00 in New York (UTC-5).
    ['Asia/Shanghai', START, Date.UTC(2025, 0, 6, 16)],
    ['America/New_York', START, Date.UTC(2025, 0, 7, 5)],
    ['UTC', START, Date.UTC(2025, 0, 7)],
    // Berlin moves to summer time on 30 March 2025: that day is 23 hours long.
    ['Europe/Berlin', Date.UTC(2025, 2, 29, 12), Date.UTC(2025, 2, 29, 23)],
    ['Europe/Berlin', Date.UTC(2025, 2, 30, 10), Date.UTC(2025, 2, 30, 22)],
  ])('in %s', (timeZone, now, expected) => {
    expect(startOfNextDay(now, timeZone)).toBe(expected);
  });
});

describe('followups.mine', () => {
  async function scene() {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const mine = (subject: string, dueAt: number) =>
      t.call('followups.create', call(ann.id, dueAt, { subject }));
    await mine('this morning', START - 2 * HOUR);
    await mine('in an hour', START + HOUR);
    // 18:00 UTC: tomorrow 02:00 in Shanghai, today 13:00 in New York.
    await mine('this evening UTC', Date.UTC(2025, 0, 6, 18));
    await mine('next week', START + 7 * 24 * HOUR);
    const done = await mine('done already', START - HOUR);
    await t.call('followups.complete', { id: done.id, version: 1, done: true });
    await t.call('followups.create', { kind: 'note', subject: 'undated note', contactId: ann.id });
    await t.call(
      'followups.create',
      call(ann.id, START + HOUR, { subject: 'Sam’s', assigneeId: sam.user.id }),
    );
    return t;
  }

  test('buckets the caller’s open follow-ups by the caller’s own day', async () => {
    const t = await scene();
    const shanghai = await t.call('followups.mine', { timeZone: 'Asia/Shanghai' });
    expect({
      overdue: subjects(shanghai.overdue),
      today: subjects(shanghai.today),
      upcoming: subjects(shanghai.upcoming),
    }).toEqual({
      overdue: ['this morning'],
      today: ['in an hour'],
      upcoming: ['this evening UTC', 'next week'],
    });
    const newYork = await t.call('followups.mine', { timeZone: 'America/New_York' });
    expect(subjects(newYork.today)).toEqual(['in an hour', 'this evening UTC']);
    expect(subjects(newYork.upcoming)).toEqual(['next week']);
  });

  test('moves follow-ups on when the clock passes midnight and their due time', async () => {
    const t = await scene();
    // 00:30 on 7 January in Shanghai.
    t.clock.set(Date.UTC(2025, 0, 6, 16, 30));
    const shanghai = await t.call('followups.mine', { timeZone: 'Asia/Shanghai' });
    expect(subjects(shanghai.overdue)).toEqual(['this morning', 'in an hour']);
    expect(subjects(shanghai.today)).toEqual(['this evening UTC']);
    expect(subjects(shanghai.upcoming)).toEqual(['next week']);
    t.clock.advance(2 * HOUR + MINUTE);
    expect(subjects((await t.call('followups.mine', { timeZone: 'Asia/Shanghai' })).overdue)).toEqual([
      'this morning',
      'in an hour',
      'this evening UTC',
    ]);
  });

  test('shows another user only their own follow-ups', async () => {
    const t = await scene();
    const sam = t.core.context.sessions.create(t.core.context.users.findByUsername('sam')!.id);
    const theirs = await t.call('followups.mine', { timeZone: 'UTC' }, sam);
    expect([theirs.overdue, subjects(theirs.today), theirs.upcoming]).toEqual([[], ['Sam’s'], []]);
  });

  test('refuses a time zone it does not know', async () => {
    const t = await scene();
    for (const timeZone of ['Mars/Olympus', '', 'Asia/Atlantis']) {
      const error = await t.fail('followups.mine', { timeZone }, 'VALIDATION');
      expect(issuePaths(error)).toEqual(['timeZone']);
    }
  });
});
