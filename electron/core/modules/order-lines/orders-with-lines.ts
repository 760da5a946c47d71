import { CrmError } from '../../../../shared/errors';
import type { Db } from '../../db/database';

/** A VALIDATION error with one issue at `path`. */
export const invalidField = (
  message: string,
  path: (string | number)[],
  details: Record<string, unknown> = {},
) => new CrmError('VALIDATION', message, { issues: [{ path, message }], ...details });

interface OrderStatements<Row, Fields, Line> {
  byId: { get(id: number): Row | undefined };
  /** Takes the fields with `number`, `by` and `at`; answers the new row's id. */
  insert: {
    run(params: Fields & { number: string; by: number; at: number }): { lastInsertRowid: number | bigint };
  };
  /** Takes the fields with `id` and `at`, and moves the version on. */
  update: { run(params: Fields & { id: number; at: number }): unknown };
  insertLine: { run(line: Line & { orderId: number }): unknown };
  deleteLines: { run(orderId: number): unknown };
}

interface OrderSource<Row, Order, Fields, Line> extends OrderStatements<Row, Fields, Line> {
  /** How messages name the order: 'order', 'purchase order'. */
  noun: string;
  toOrder(row: Row): Order;
  /** Takes the next number of the order's sequence, as shown: PO-000123. */
  nextNumber(): string;
}

/**
 * The parts an order with lines shares whatever it sells or buys: reading it by id, a draft made
 * or edited with its lines, and a change at the version the user read while the order is in one
 * of the allowed statuses.
 */
export function ordersWithLines<
  Row,
  Order extends { version: number; status: Status },
  Status extends string,
  Fields extends { lines: readonly Line[] },
  Line extends object,
>(db: Db, source: OrderSource<Row, Order, Fields, Line>) {
  const { noun } = source;

  function row(id: number): Row {
    const found = source.byId.get(id);
    if (!found) throw new CrmError('NOT_FOUND', `This ${noun} does not exist.`, { id });
    return found;
  }

  const get = (id: number): Order => source.toOrder(row(id));

  function insertLines(orderId: number, lines: readonly Line[]): void {
    for (const line of lines) source.insertLine.run({ ...line, orderId });
  }

  /**
   * Runs `write` on the order at `version` when its status is one of `allowed`, in one
   * transaction; refuses a stale version with CONFLICT and another status with VALIDATION naming it.
   */
  function atVersion(
    id: number,
    version: number,
    allowed: readonly Status[],
    write: (current: Order) => void,
  ): Order {
    return db.transaction(() => {
      const current = get(id);
      if (current.version !== version) {
        throw new CrmError('CONFLICT', `Someone else changed this ${noun} since you opened it.`, {
          currentVersion: current.version,
        });
      }
      if (!allowed.includes(current.status)) {
        throw invalidField(`This ${noun} is ${current.status}.`, ['status'], { status: current.status });
      }
      write(current);
      return get(id);
    })();
  }

  return {
    get,
    atVersion,

    /** A draft with the next number. */
    create(fields: Fields, by: number, at: number): Order {
      return db.transaction(() => {
        const number = source.nextNumber();
        const id = Number(source.insert.run({ ...fields, number, by, at }).lastInsertRowid);
        insertLines(id, fields.lines);
        return get(id);
      })();
    },

    /** A draft's fields; its lines are replaced by `fields.lines`. */
    update(id: number, version: number, fields: Fields, at: number): Order {
      // Every order starts as a draft, whatever its later statuses are called.
      return atVersion(id, version, ['draft' as Status], () => {
        source.update.run({ ...fields, id, at });
        source.deleteLines.run(id);
        insertLines(id, fields.lines);
      });
    },
  };
}
