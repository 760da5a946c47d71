import { describe, expect, test } from 'vitest';
import type { Attachment } from '../../../shared/workorders/attachments';
import {
  withAttached,
  withoutRemoved,
  type AttachmentsState,
} from '../../../renderer/workorders/attachments/attachmentsState';

const file = (id: number, fileName: string): Attachment => ({
  id,
  workOrderId: 7,
  fileName,
  size: 1024,
  addedById: 1,
  addedByName: 'Wu Fang',
  addedAt: Date.UTC(2026, 10, 27, 9),
});
const ready = (...items: Attachment[]): AttachmentsState => ({ status: 'ready', items });

describe("the card's list after this window's own change, before or after its event's reload", () => {
  test('a file just attached shows at once, in the order the list is loaded in', () => {
    expect(withAttached(ready(file(1, 'a.log'), file(3, 'c.log')), file(2, 'b.log'))).toEqual(
      ready(file(1, 'a.log'), file(2, 'b.log'), file(3, 'c.log')),
    );
  });

  test('a file the reload already brought is not shown twice', () => {
    const reloaded = ready(file(1, 'a.log'), file(2, 'b.log'));
    expect(withAttached(reloaded, file(2, 'b.log'))).toEqual(reloaded);
  });

  test('a file just removed goes, whether or not the reload already took it away', () => {
    expect(withoutRemoved(ready(file(1, 'a.log'), file(2, 'b.log')), 2)).toEqual(ready(file(1, 'a.log')));
    expect(withoutRemoved(ready(file(1, 'a.log')), 2)).toEqual(ready(file(1, 'a.log')));
  });

  test('a list still loading or failed is left to its load', () => {
    const failed: AttachmentsState = { status: 'failed', error: new Error('offline') };
    expect(withAttached({ status: 'loading' }, file(1, 'a.log'))).toEqual({ status: 'loading' });
    expect(withoutRemoved(failed, 1)).toBe(failed);
  });
});
