import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createInstallationRepository } from '../../../electron/core/modules/installation/repository';
import { aroundMigration, schemaNames, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('installation');
const database = useDatabases();

const fields = {
  title: 'Boiler',
  contactId: 1,
  companyId: null,
  workOrderId: null,
  technicianId: 2,
  startAt: Date.UTC(2026, 4, 4, 8),
  endAt: Date.UTC(2026, 4, 4, 10),
  timeZone: 'Europe/Berlin',
  address: 'Hauptstraße 1',
  checklist: [{ text: 'Pressure test', done: false }],
  completionNotes: null,
};

test('from an empty database: the jobs table with its calendar, range and contact indexes', () => {
  const db = database();
  migrate(db, upTo);
  expect(schemaNames(db, 'table')).toContain('installation_jobs');
  expect(schemaNames(db, 'index')).toEqual(
    expect.arrayContaining([
      'installation_jobs_by_technician',
      'installation_jobs_by_start',
      'installation_jobs_by_contact',
      'installation_jobs_by_company',
    ]),
  );
});

test('from the version before: existing users and customers can be booked at once, the window read back as booked', () => {
  const db = database();
  migrate(db, before);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0), (2, 'tom', 'Tom', 'staff', 'x', 0, 0);
    INSERT INTO contacts (id, name, sort_name, phones, emails, tags, owner_id, created_at, updated_at)
      VALUES (1, 'Ann Lee', 'ann lee', '[]', '[]', '[]', 1, 0, 0);`);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const made = createInstallationRepository(db).create(fields, 1, Date.UTC(2026, 4, 1));
  expect(made).toMatchObject({
    contactName: 'Ann Lee',
    technicianName: 'Tom',
    day: '2026-05-04',
    startTime: '10:00',
    endTime: '12:00',
    status: 'scheduled',
    checklist: [{ text: 'Pressure test', done: false }],
    version: 1,
  });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});

test('the table itself refuses a job without a customer or with its end before its start', () => {
  const db = database();
  migrate(db, upTo);
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0), (2, 'tom', 'Tom', 'staff', 'x', 0, 0);`);
  const repository = createInstallationRepository(db);
  expect(() => repository.create({ ...fields, contactId: null }, 1, 0)).toThrow(/CHECK/);
  db.exec(`INSERT INTO contacts (id, name, sort_name, phones, emails, tags, owner_id, created_at, updated_at)
    VALUES (1, 'Ann Lee', 'ann lee', '[]', '[]', '[]', 1, 0, 0);`);
  expect(() => repository.create({ ...fields, endAt: fields.startAt }, 1, 0)).toThrow(/CHECK/);
});
