import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, issuePaths, setupCore, type TestCore } from '../core/helpers';
import { recordEvents, seenBy } from '../followups/helpers';
import { issue, licenseOptions } from '../license/keys';
import { jobOf, jobRows } from './helpers';

afterEach(closeCores);

async function withCustomer() {
  const t = await setupCore();
  const tom = await t.addUser('staff', 'tom');
  const ann = await t.call('contacts.create', { name: 'Ann Lee', address: '1 Harbour Road' });
  return { t, tom, ann };
}

describe('booking a job', () => {
  test('defaults: the caller as technician, the contact’s address, scheduled, version 1', async () => {
    const { t, ann } = await withCustomer();
    const job = await t.call(
      'installation.create',
      jobOf(ann.id, { checklist: [{ text: 'Mount', done: false }] }),
    );
    expect(job).toMatchObject({
      technicianId: t.owner.user.id,
      address: '1 Harbour Road',
      contactName: 'Ann Lee',
      status: 'scheduled',
      startAt: Date.UTC(2025, 0, 7, 9),
      endAt: Date.UTC(2025, 0, 7, 11),
      checklist: [{ text: 'Mount', done: false }],
      version: 1,
    });
    expect(await t.call('installation.get', { id: job.id })).toEqual(job);
  });

  test('the window is read in the given time zone and shown back as booked', async () => {
    const { t, ann } = await withCustomer();
    const job = await t.call(
      'installation.create',
      jobOf(ann.id, { timeZone: 'Asia/Shanghai', startTime: '14:30', endTime: '16:00' }),
    );
    expect(job).toMatchObject({
      startAt: Date.UTC(2025, 0, 7, 6, 30),
      day: '2025-01-07',
      startTime: '14:30',
      endTime: '16:00',
    });
  });

  test.each([
    ['no customer', { contactId: null }, ['contactId']],
    ['end before start', { startTime: '11:00', endTime: '10:00' }, ['endTime']],
    ['end equal to start', { startTime: '10:00', endTime: '10:00' }, ['endTime']],
    ['a day that does not exist', { day: '2025-02-30' }, ['day']],
    ['a time past midnight', { endTime: '24:00' }, ['endTime']],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, ['timeZone']],
    ['an empty title', { title: '  ' }, ['title']],
    [
      '51 checklist items',
      { checklist: Array.from({ length: 51 }, () => ({ text: 'x', done: false })) },
      ['checklist'],
    ],
    ['an empty checklist item', { checklist: [{ text: ' ', done: false }] }, ['checklist.0.text']],
    ['an unknown technician', { technicianId: 999 }, ['technicianId']],
    ['an unknown work order', { workOrderId: 999 }, ['workOrderId']],
  ])('refuses %s with VALIDATION naming the field, and stores nothing', async (_name, extra, paths) => {
    const { t, ann } = await withCustomer();
    const error = await t.fail('installation.create', jobOf(ann.id, extra), 'VALIDATION');
    expect(issuePaths(error)).toEqual(paths);
    expect(jobRows(t)).toEqual([]);
  });

  test('a wall-clock window that falls into a DST gap does not exist and is refused', async () => {
    const { t, ann } = await withCustomer();
    const gap = jobOf(ann.id, {
      day: '2025-03-30',
      startTime: '02:00',
      endTime: '02:30',
      timeZone: 'Europe/Berlin',
    });
    const error = await t.fail('installation.create', gap, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['startTime', 'endTime']);
  });

  test('links a work order that exists, and names it', async () => {
    const { t, ann } = await withCustomer();
    const order = await t.call('workorders.create', { subject: 'New AC unit', contactId: ann.id });
    const job = await t.call('installation.create', jobOf(ann.id, { workOrderId: order.id }));
    expect(job).toMatchObject({ workOrderId: order.id, workOrderNumber: order.number });
  });

  test('a work order cannot be linked while the work-order module is not in the licence', async () => {
    const t = await setupCore({ license: licenseOptions() });
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const order = await t.call('workorders.create', { subject: 'New AC unit', contactId: ann.id });
    await t.call('license.activate', { key: issue({ edition: 'standard', modules: ['installation'] }) });
    const error = await t.fail('installation.create', jobOf(ann.id, { workOrderId: order.id }), 'VALIDATION');
    expect(issuePaths(error)).toEqual(['workOrderId']);
  });
});

describe('double booking', () => {
  async function booked() {
    const { t, tom, ann } = await withCustomer();
    const first = await t.call('installation.create', jobOf(ann.id, { technicianId: tom.user.id }));
    return { t, tom, ann, first };
  }

  test('an overlapping window of the same technician is refused with the clashing job, and nothing is stored', async () => {
    const { t, tom, ann, first } = await booked();
    const before = jobRows(t);
    const error = await t.fail(
      'installation.create',
      jobOf(ann.id, { technicianId: tom.user.id, startTime: '10:30', endTime: '12:00' }),
      'SCHEDULE_CLASH',
    );
    expect(error.details).toEqual({
      clashes: [
        {
          id: first.id,
          title: 'Air conditioner',
          customerName: 'Ann Lee',
          startAt: first.startAt,
          endAt: first.endAt,
        },
      ],
    });
    expect(jobRows(t)).toEqual(before);
  });

  test('a window inside or around another clashes too', async () => {
    const { t, tom, ann } = await booked();
    for (const [startTime, endTime] of [
      ['09:30', '10:00'],
      ['08:00', '12:00'],
      ['09:00', '11:00'],
    ]) {
      await t.fail(
        'installation.create',
        jobOf(ann.id, { technicianId: tom.user.id, startTime, endTime }),
        'SCHEDULE_CLASH',
      );
    }
  });

  test('touching windows, other technicians and cancelled jobs do not clash', async () => {
    const { t, tom, ann, first } = await booked();
    await t.call(
      'installation.create',
      jobOf(ann.id, { technicianId: tom.user.id, startTime: '11:00', endTime: '12:00' }),
    );
    await t.call(
      'installation.create',
      jobOf(ann.id, { technicianId: tom.user.id, startTime: '08:00', endTime: '09:00' }),
    );
    await t.call('installation.create', jobOf(ann.id, { startTime: '09:00', endTime: '11:00' }));
    await t.call('installation.setStatus', { id: first.id, version: 1, status: 'cancelled' });
    await t.call(
      'installation.create',
      jobOf(ann.id, { technicianId: tom.user.id, startTime: '09:30', endTime: '10:30' }),
    );
  });

  test('booked anyway with allowOverlap, both jobs stand', async () => {
    const { t, tom, ann } = await booked();
    const second = await t.call(
      'installation.create',
      jobOf(ann.id, { technicianId: tom.user.id, startTime: '10:00', endTime: '12:00', allowOverlap: true }),
    );
    expect(second.status).toBe('scheduled');
    expect(jobRows(t)).toHaveLength(2);
  });

  test('moving a job onto another’s window warns; editing its checklist does not', async () => {
    const { t, tom, ann } = await booked();
    const later = await t.call(
      'installation.create',
      jobOf(ann.id, { technicianId: tom.user.id, startTime: '13:00', endTime: '14:00' }),
    );
    await t.fail(
      'installation.update',
      { id: later.id, version: 1, patch: { startTime: '10:00' } },
      'SCHEDULE_CLASH',
    );
    const moved = await t.call('installation.update', {
      id: later.id,
      version: 1,
      patch: { startTime: '10:00' },
      allowOverlap: true,
    });
    const ticked = await t.call('installation.update', {
      id: later.id,
      version: moved.version,
      patch: { checklist: [{ text: 'Mount', done: true }] },
    });
    expect(ticked.checklist).toEqual([{ text: 'Mount', done: true }]);
  });

  test('reinstating a cancelled job whose window was booked since warns', async () => {
    const { t, tom, ann, first } = await booked();
    const cancelled = await t.call('installation.setStatus', {
      id: first.id,
      version: 1,
      status: 'cancelled',
    });
    await t.call('installation.create', jobOf(ann.id, { technicianId: tom.user.id }));
    await t.fail(
      'installation.setStatus',
      { id: first.id, version: cancelled.version, status: 'scheduled' },
      'SCHEDULE_CLASH',
    );
  });
});

describe('status and completion', () => {
  test('done needs completion notes; with them it is done and stamped, and a stale save is CONFLICT', async () => {
    const { t, ann } = await withCustomer();
    const job = await t.call('installation.create', jobOf(ann.id));
    const error = await t.fail(
      'installation.setStatus',
      { id: job.id, version: 1, status: 'done' },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['completionNotes']);
    t.clock.advance(60_000);
    const done = await t.call('installation.setStatus', {
      id: job.id,
      version: 1,
      status: 'done',
      completionNotes: 'Installed, tested',
    });
    expect(done).toMatchObject({
      status: 'done',
      completionNotes: 'Installed, tested',
      completedAt: t.clock.now(),
      version: 2,
    });
    await t.fail('installation.update', { id: job.id, version: 1, patch: { title: 'x' } }, 'CONFLICT');
    await t.fail('installation.setStatus', { id: job.id, version: 2, status: 'cancelled' }, 'VALIDATION');
    const reopened = await t.call('installation.setStatus', { id: job.id, version: 2, status: 'inProgress' });
    expect(reopened).toMatchObject({ status: 'inProgress', completedAt: null });
  });

  test('each change is announced, and the job shows on its customer’s timeline', async () => {
    const { t, ann } = await withCustomer();
    const events = recordEvents(t);
    const job = await t.call('installation.create', jobOf(ann.id));
    await t.call('installation.setStatus', { id: job.id, version: 1, status: 'inProgress' });
    expect(events.filter((e) => e.name === 'installation.changed').map((e) => e.data)).toEqual([
      {
        id: job.id,
        action: 'created',
        version: 1,
        status: 'scheduled',
        technicianId: t.owner.user.id,
        contactId: ann.id,
      },
      {
        id: job.id,
        action: 'status',
        version: 2,
        status: 'inProgress',
        technicianId: t.owner.user.id,
        contactId: ann.id,
      },
    ]);
    const timeline = await t.call('timeline.forContact', { contactId: ann.id });
    expect(timeline.items.find((entry) => entry.kind === 'installation')).toMatchObject({
      id: job.id,
      at: job.startAt,
      data: { title: 'Air conditioner', status: 'inProgress', technicianName: job.technicianName },
    });
  });
});

test('a company’s timeline shows its own jobs and its contacts’', async () => {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbour Foods' });
  const own = await t.call(
    'installation.create',
    jobOf(ann.id, { contactId: null, companyId: ann.companyId }),
  );
  const annsJob = await t.call('installation.create', jobOf(ann.id, { day: '2025-01-08' }));
  const timeline = await t.call('timeline.forCompany', { companyId: ann.companyId! });
  const jobs = timeline.items.filter((entry) => entry.kind === 'installation');
  expect(jobs.map((entry) => entry.id)).toEqual([annsJob.id, own.id]);
});

describe('calendar', () => {
  async function weekOf(t: TestCore, technicianId: number, day: string, timeZone: string) {
    return t.call('installation.week', { technicianId, day, timeZone });
  }

  test('a week runs Monday to Sunday in the time zone, across a DST change, with the technician’s jobs only', async () => {
    const { t, tom, ann } = await withCustomer();
    const berlin = { timeZone: 'Europe/Berlin', technicianId: tom.user.id };
    // Sunday 30 March 2025: Berlin moves from +01:00 to +02:00 at 02:00.
    const sunday = await t.call(
      'installation.create',
      jobOf(ann.id, { ...berlin, day: '2025-03-30', startTime: '22:00', endTime: '23:30' }),
    );
    const monday = await t.call(
      'installation.create',
      jobOf(ann.id, { ...berlin, day: '2025-03-24', startTime: '00:00', endTime: '01:00' }),
    );
    await t.call(
      'installation.create',
      jobOf(ann.id, { ...berlin, day: '2025-03-31', startTime: '00:00', endTime: '01:00' }),
    );
    await t.call('installation.create', jobOf(ann.id, { timeZone: 'Europe/Berlin', day: '2025-03-26' }));
    const week = await weekOf(t, tom.user.id, '2025-03-27', 'Europe/Berlin');
    expect(week.days).toEqual([
      '2025-03-24',
      '2025-03-25',
      '2025-03-26',
      '2025-03-27',
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
    ]);
    expect(week.from).toBe(Date.UTC(2025, 2, 23, 23));
    expect(week.to).toBe(Date.UTC(2025, 2, 30, 22));
    expect(week.to - week.from).toBe(167 * 3_600_000);
    expect(week.jobs.map((job) => job.id)).toEqual([monday.id, sunday.id]);
    expect(sunday).toMatchObject({ startAt: Date.UTC(2025, 2, 30, 20), startTime: '22:00' });
  });

  test('list finds jobs overlapping a range, by technician or customer, a page at a time', async () => {
    const { t, tom, ann } = await withCustomer();
    const bob = await t.call('contacts.create', { name: 'Bob Tan', address: null });
    const a = await t.call('installation.create', jobOf(ann.id, { technicianId: tom.user.id }));
    const b = await t.call(
      'installation.create',
      jobOf(bob.id, { technicianId: tom.user.id, day: '2025-01-08' }),
    );
    const c = await t.call('installation.create', jobOf(bob.id, { day: '2025-01-08' }));
    const range = { from: Date.UTC(2025, 0, 7, 10), to: Date.UTC(2025, 0, 9) };
    const first = await t.call('installation.list', { ...range, limit: 2 });
    expect(first.items.map((job) => job.id)).toEqual([a.id, b.id]);
    const rest = await t.call('installation.list', { ...range, limit: 2, cursor: first.nextCursor });
    expect(rest).toEqual({ items: [c], nextCursor: null });
    expect((await t.call('installation.list', { ...range, technicianId: tom.user.id })).items).toEqual([
      a,
      b,
    ]);
    expect((await t.call('installation.list', { ...range, contactId: bob.id })).items).toEqual([b, c]);
    const error = await t.fail('installation.list', { from: range.to, to: range.from }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['to']);
  });
});

describe('gating', () => {
  test('without the add-on every installation procedure is MODULE_LOCKED; the add-on opens them', async () => {
    const t = await setupCore({ license: licenseOptions() });
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const made = await t.call('installation.create', jobOf(ann.id));
    await t.call('license.activate', { key: issue({ edition: 'erp' }) });
    for (const [name, input] of [
      ['installation.create', jobOf(ann.id)],
      ['installation.get', { id: made.id }],
      ['installation.update', { id: made.id, version: 1, patch: { title: 'x' } }],
      ['installation.setStatus', { id: made.id, version: 1, status: 'cancelled' }],
      ['installation.list', { from: 0, to: 1 }],
      ['installation.week', { technicianId: t.owner.user.id, day: '2025-01-07', timeZone: 'UTC' }],
    ] as const) {
      const error = await t.fail(name, input, 'MODULE_LOCKED');
      expect(error.details).toMatchObject({ module: 'installation' });
    }
    expect(jobRows(t)).toHaveLength(1);
    await t.call('license.activate', { key: issue({ edition: 'standard', modules: ['installation'] }) });
    expect(await t.call('installation.get', { id: made.id })).toEqual(made);
  });
});

describe('customer visibility', () => {
  async function ownVisibility() {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const tina = await t.addUser('staff', 'tina');
    const tinas = await t.call('contacts.create', { name: 'Tina Customer' }, tina.token);
    const job = await t.call(
      'installation.create',
      jobOf(tinas.id, { technicianId: sam.user.id }),
      tina.token,
    );
    const { version } = await t.call('company.settings.get', {});
    await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
    return { t, sam, tina, tinas, job };
  }

  test('a job about a hidden customer answers like a missing one, and cannot be booked for it', async () => {
    const { t, sam, tinas, job } = await ownVisibility();
    const as = { token: sam.token };
    const before = jobRows(t);
    const hidden = await t.fail('installation.get', { id: job.id }, 'NOT_FOUND', as);
    const missing = await t.fail('installation.get', { id: 999_999 }, 'NOT_FOUND', as);
    expect(hidden.message).toBe(missing.message);
    await t.fail('installation.setStatus', { id: job.id, version: 1, status: 'cancelled' }, 'NOT_FOUND', as);
    await t.fail('installation.create', jobOf(tinas.id), 'NOT_FOUND', as);
    expect(jobRows(t)).toEqual(before);
  });

  test('calendars leave it out, but a clash with it is still warned, without its customer', async () => {
    const { t, sam, tina, job } = await ownVisibility();
    const week = await t.call(
      'installation.week',
      { technicianId: sam.user.id, day: '2025-01-07', timeZone: 'UTC' },
      sam.token,
    );
    expect(week.jobs).toEqual([]);
    const own = await t.call('contacts.create', { name: 'Sam Customer' }, sam.token);
    const error = await t.fail(
      'installation.create',
      jobOf(own.id, { technicianId: sam.user.id }),
      'SCHEDULE_CLASH',
      {
        token: sam.token,
      },
    );
    expect(error.details).toEqual({
      clashes: [{ id: job.id, title: null, customerName: null, startAt: job.startAt, endAt: job.endAt }],
    });
    const tinasWeek = await t.call(
      'installation.week',
      { technicianId: sam.user.id, day: '2025-01-07', timeZone: 'UTC' },
      tina.token,
    );
    expect(tinasWeek.jobs.map((j) => j.id)).toEqual([job.id]);
  });
});

describe('who hears of a change', () => {
  test('with own customers only: those who see the customer, the technician and the one it was taken from', async () => {
    const t = await setupCore();
    const tina = await t.addUser('staff', 'tina');
    const tom = await t.addUser('staff', 'tom');
    const sam = await t.addUser('staff', 'sam');
    const outsider = await t.addUser('staff', 'olga');
    const customer = await t.call('contacts.create', { name: 'Tina Customer' }, tina.token);
    const { version } = await t.call('company.settings.get', {});
    await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
    const job = await t.call(
      'installation.create',
      jobOf(customer.id, { technicianId: tom.user.id }),
      tina.token,
    );
    const events = recordEvents(t);
    await t.call(
      'installation.update',
      { id: job.id, version: 1, patch: { technicianId: sam.user.id } },
      tina.token,
    );
    const everyone = [t.owner, tina, tom, sam, outsider].map((user) => user.user.id);
    expect(seenBy(events[0]!, everyone).sort()).toEqual(
      [t.owner.user.id, tina.user.id, tom.user.id, sam.user.id].sort(),
    );
  });
});
