import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createWorkOrderRepository } from '../../../electron/core/modules/workorders/repository';
import { aroundMigration, schemaNames, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('workorders');
const database = useDatabases();

test('from an empty database: the work-order tables, their queue indexes and empty dispatch settings', () => {
  const db = database();
  migrate(db, upTo);
  expect(schemaNames(db, 'table')).toEqual(
    expect.arrayContaining([
      'workorders',
      'workorders_fts',
      'workorder_sequences',
      'workorder_watchers',
      'workorder_thread',
      'workorder_dispatch',
      'workorder_groups',
      'workorder_group_members',
      'workorder_group_categories',
    ]),
  );
  expect(schemaNames(db, 'index')).toEqual(
    expect.arrayContaining([
      'workorders_open_by_update',
      'workorders_open_by_assignee',
      'workorders_open_by_due',
      'workorders_open_by_priority',
      'workorders_open_by_created',
      'workorders_open_by_assignee_due',
      'workorders_open_by_assignee_priority',
      'workorders_by_update',
      'workorders_by_created',
      'workorders_by_due',
      'workorders_by_priority',
    ]),
  );
  expect(createWorkOrderRepository(db).dispatchSettings()).toEqual({ version: 0, groups: [] });
});

test('from version 10: existing users and customers can be given work orders at once', () => {
  const db = database();
  migrate(db, before);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0), (2, 'bo', 'Bo', 'agent', 'x', 0, 0);
    INSERT INTO companies (id, name, name_key, created_at, updated_at) VALUES (1, 'Acme', 'acme', 0, 0);
    INSERT INTO contacts (id, name, sort_name, company_id, phones, emails, tags, owner_id, created_at, updated_at)
      VALUES (1, 'Ann Lee', 'ann lee', 1, '[]', '[]', '[]', 1, 0, 0);`);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const repository = createWorkOrderRepository(db);
  const fields = {
    subject: 'Router down',
    description: null,
    contactId: 1,
    companyId: 1,
    priority: 'urgent' as const,
    category: null,
    dueAt: null,
    channel: 'email' as const,
  };
  const made = repository.create(fields, 2, [1], 1, Date.UTC(2026, 4, 1));
  expect(made).toMatchObject({
    number: 'WO-2026-000001',
    contactName: 'Ann Lee',
    companyName: 'Acme',
    assigneeName: 'Bo',
    status: 'assigned',
    watchers: [{ id: 1, name: 'Olivia' }],
  });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
