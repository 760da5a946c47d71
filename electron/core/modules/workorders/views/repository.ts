import { CrmError } from '../../../../../shared/errors';
import type {
  WorkOrderFilter,
  WorkOrderQueue,
  WorkOrderSort,
} from '../../../../../shared/workorders/contract';
import { viewNameKey } from '../../../../../shared/workorders/views';
import type { Db } from '../../../db/database';

interface ViewRow {
  id: number;
  owner_id: number;
  owner_name: string;
  name: string;
  shared: 0 | 1;
  queue: WorkOrderQueue;
  filter: string;
  sort: WorkOrderSort;
  updated_at: number;
  version: number;
}

/** A view as stored, before the names its filter's ids stand for are looked up. */
export interface StoredView {
  id: number;
  ownerId: number;
  ownerName: string;
  name: string;
  shared: boolean;
  queue: WorkOrderQueue;
  filter: WorkOrderFilter;
  sort: WorkOrderSort;
  updatedAt: number;
  version: number;
}

export type ViewFields = Pick<StoredView, 'name' | 'shared' | 'queue' | 'filter' | 'sort'>;

const toView = (row: ViewRow): StoredView => ({
  id: row.id,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  name: row.name,
  shared: row.shared === 1,
  queue: row.queue,
  filter: JSON.parse(row.filter) as WorkOrderFilter,
  sort: row.sort,
  updatedAt: row.updated_at,
  version: row.version,
});

const nameTaken = () =>
  new CrmError('VALIDATION', 'You already have a view with this name.', {
    issues: [{ path: ['name'], message: 'already taken' }],
  });

const stored = (fields: ViewFields) => ({
  name: fields.name,
  nameKey: viewNameKey(fields.name),
  shared: fields.shared ? 1 : 0,
  queue: fields.queue,
  filter: JSON.stringify(fields.filter),
  sort: fields.sort,
});

/** Saved work-order views: personal, or shared with everyone by an admin. */
export function createWorkOrderViewRepository(db: Db) {
  const SELECT = `SELECT v.*, u.display_name AS owner_name FROM workorder_views v JOIN users u ON u.id = v.owner_id`;
  const byId = db.prepare<[number], ViewRow>(`${SELECT} WHERE v.id = ?`);
  const visibleTo = db.prepare<{ userId: number }, ViewRow>(
    `${SELECT} WHERE v.owner_id = @userId
     UNION ALL ${SELECT} WHERE v.shared = 1 AND v.owner_id <> @userId
     ORDER BY name COLLATE NOCASE, id`,
  );
  const countOf = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM workorder_views WHERE owner_id = ?',
  );
  const sameName = db.prepare<[number, string, number], { id: number }>(
    'SELECT id FROM workorder_views WHERE owner_id = ? AND name_key = ? AND id <> ?',
  );
  const insert = db.prepare(
    `INSERT INTO workorder_views (owner_id, name, name_key, shared, queue, filter, sort, created_at, updated_at)
     VALUES (@ownerId, @name, @nameKey, @shared, @queue, @filter, @sort, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE workorder_views SET name = @name, name_key = @nameKey, shared = @shared, queue = @queue,
       filter = @filter, sort = @sort, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const remove = db.prepare('DELETE FROM workorder_views WHERE id = ? AND version = ?');

  function get(id: number): StoredView {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This view does not exist.', { id });
    return toView(row);
  }

  /** The view at `version`, or CONFLICT naming the current one. */
  function atVersion(id: number, version: number): StoredView {
    const view = get(id);
    if (view.version !== version) {
      throw new CrmError('CONFLICT', 'Someone changed this view since you opened it.', {
        currentVersion: view.version,
      });
    }
    return view;
  }

  return {
    get,
    atVersion,

    /** The user's views and the ones others share, by name. */
    visibleTo: (userId: number): StoredView[] => visibleTo.all({ userId }).map(toView),

    count: (ownerId: number): number => countOf.get(ownerId)!.n,

    create(ownerId: number, fields: ViewFields, at: number): StoredView {
      const id = db
        .transaction(() => {
          if (sameName.get(ownerId, viewNameKey(fields.name), 0)) throw nameTaken();
          return Number(insert.run({ ownerId, ...stored(fields), at }).lastInsertRowid);
        })
        .immediate();
      return get(id);
    },

    update(id: number, version: number, fields: ViewFields, at: number): StoredView {
      db.transaction(() => {
        const view = atVersion(id, version);
        if (sameName.get(view.ownerId, viewNameKey(fields.name), id)) throw nameTaken();
        update.run({ id, version, ...stored(fields), at });
      }).immediate();
      return get(id);
    },

    delete(id: number, version: number): void {
      db.transaction(() => {
        atVersion(id, version);
        remove.run(id, version);
      }).immediate();
    },
  };
}

export type WorkOrderViewRepository = ReturnType<typeof createWorkOrderViewRepository>;
