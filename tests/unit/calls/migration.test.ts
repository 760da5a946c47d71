import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createCallRepository } from '../../../electron/core/modules/calls/repository';
import { aroundMigration, schemaNames, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('calls');
const database = useDatabases();

const PEOPLE = `
  INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0), (2, 'tom', 'Tom', 'staff', 'x', 0, 0);
  INSERT INTO contacts (id, name, sort_name, phones, emails, tags, owner_id, created_at, updated_at)
    VALUES (1, 'Ann Lee', 'ann lee', '["+86 138 0013 8000"]', '[]', '[]', 1, 0, 0);`;

test('from an empty database: the calls table with its contact, agent and day indexes', () => {
  const db = database();
  migrate(db, upTo);
  expect(schemaNames(db, 'table')).toContain('calls');
  expect(schemaNames(db, 'index')).toEqual(
    expect.arrayContaining(['calls_by_contact', 'calls_by_agent', 'calls_by_start']),
  );
});

test('from the version before: existing users and customers can call at once', () => {
  const db = database();
  migrate(db, before);
  db.exec(PEOPLE);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const calls = createCallRepository(db);
  const logged = calls.log({
    agentId: 2,
    contactId: 1,
    direction: 'inbound',
    number: '13800138000',
    at: 1000,
  });
  expect(calls.answer(logged.id, 1, 4000)).toBe(true);
  expect(calls.end(logged.id, 2, { at: 64_000, outcome: 'answered', notes: null, contactId: 1 })).toBe(true);
  expect(calls.get(logged.id)).toMatchObject({
    agentName: 'Tom',
    contactName: 'Ann Lee',
    durationS: 63,
    talkS: 60,
    outcome: 'answered',
    version: 3,
  });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});

test('the table itself refuses an unknown direction or outcome, and an outcome that contradicts the answer', () => {
  const db = database();
  migrate(db, upTo);
  db.exec(PEOPLE);
  const insert = (
    direction: string,
    answeredAt: number | null,
    endedAt: number | null,
    outcome: string | null,
  ) =>
    db
      .prepare(
        `INSERT INTO calls (agent_id, direction, number, started_at, answered_at, ended_at, outcome, created_at, updated_at)
         VALUES (2, ?, '123', 0, ?, ?, ?, 0, 0)`,
      )
      .run(direction, answeredAt, endedAt, outcome);
  expect(() => insert('sideways', null, null, null)).toThrow(/CHECK/);
  expect(() => insert('inbound', null, 10, 'hungUp')).toThrow(/CHECK/);
  expect(() => insert('inbound', null, 10, 'answered')).toThrow(/CHECK/);
  expect(() => insert('inbound', 5, 10, 'missed')).toThrow(/CHECK/);
  expect(() => insert('outbound', null, 10, null)).toThrow(/CHECK/);
  expect(() => insert('outbound', null, 10, 'busy')).not.toThrow();
});
