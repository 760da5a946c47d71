import type { CoreEvent } from '../../../electron/core/events';
import { setupCore, type StartOptions, type TestCore } from '../core/helpers';

/** A core with a customer who has two numbers, and every event the core sends from here on. */
export async function withCustomer(options: StartOptions = {}) {
  const t = await setupCore(options);
  const ann = await t.call('contacts.create', {
    name: 'Ann Lee',
    companyName: 'Harbor Foods',
    phones: ['+86 138-0013 8000', '021 5555 0100'],
  });
  const events: CoreEvent[] = [];
  t.core.events.subscribe((event) => events.push(event));
  return { t, ann, events };
}

/** The whole table of calls, to show that a refused call changed nothing. */
export const callRows = (t: TestCore) => t.core.context.db.prepare('SELECT * FROM calls ORDER BY id').all();
