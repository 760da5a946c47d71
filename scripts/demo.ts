// npm run demo -- --data-dir DIR [--contacts N]
// Fills a company with plausible customers. Sets the company up first when the folder is new.
import { parseArgs } from 'node:util';
import { createCore } from '../electron/core/core';
import { fakeContact, seededRandom } from './lib/fake-contacts';
import { progressBar } from './lib/progress';
import { SCRIPT_WORKERS } from './lib/workers';

const DEMO_OWNER = { username: 'owner', password: 'demo-password' };
const BATCH = 50_000;

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, contacts: { type: 'string', default: '1000' } },
});
const dataDir = values['data-dir'];
const total = Number(values.contacts);
if (!dataDir) {
  console.error('usage: npm run demo -- --data-dir DIR [--contacts N]');
  process.exit(2);
}
if (!Number.isInteger(total) || total < 1) {
  console.error('--contacts must be a whole number of at least 1');
  process.exit(2);
}

const core = createCore({ dataDir, ...SCRIPT_WORKERS });
try {
  let owner = core.context.users.list().find((user) => user.role === 'owner' && user.active);
  if (!owner) {
    const setup = await core.dispatch({}, 'auth.setup', {
      companyName: 'Demo Trading Co.',
      ownerName: 'Demo Owner',
      ...DEMO_OWNER,
    });
    if (!setup.ok) throw new Error(setup.error.message);
    owner = core.context.users.list().find((user) => user.role === 'owner')!;
    console.log(`Set up "Demo Trading Co.": sign in as ${DEMO_OWNER.username} / ${DEMO_OWNER.password}`);
  }
  const random = seededRandom(Date.now());
  const progress = progressBar('Adding contacts', total);
  for (let done = 0; done < total; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, total - done) }, () => fakeContact(random));
    core.context.contacts.insertMany(batch, owner.id, Date.now());
    progress.update(done + batch.length);
  }
  progress.done();
  console.log(`Added ${total.toLocaleString('en')} contacts to ${dataDir}`);
} finally {
  core.close();
}
