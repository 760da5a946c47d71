import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionResult } from '../../../shared/auth/contract';
import type { Contact } from '../../../shared/contacts/contract';
import { HTTP_STATUS, type CrmErrorShape, type ErrorCode } from '../../../shared/errors';
import { dayOf } from '../../../shared/license/dates';
import { forgerKey, issue } from '../license/keys';
import type { Transport, TransportFixture, TransportResult } from './transport';

const OWNER = {
  companyName: 'Acme Trading',
  ownerName: 'Ann Owner',
  username: 'ann',
  password: 'correct horse 1',
};

/** The result of a call that must succeed; over HTTP it must also be a 200. */
function resultOf<T>(response: TransportResult): T {
  if (!response.ok) expect.fail(`expected success, got ${JSON.stringify(response.error)}`);
  if (response.status !== undefined) expect(response.status).toBe(200);
  return response.result as T;
}

/** The error of a call that must fail with `code`, carried with the contract's HTTP status. */
function errorOf(response: TransportResult, code: ErrorCode): CrmErrorShape {
  if (response.ok) expect.fail(`expected ${code}, got ${JSON.stringify(response.result)}`);
  expect(response.error.code).toBe(code);
  expect(response.error.message).toEqual(expect.any(String));
  if (response.status !== undefined) expect(response.status).toBe(HTTP_STATUS[code]);
  return response.error;
}

type Page = { items: Contact[]; nextCursor: string | null };

/**
 * DESIGN §2: one suite of cases, run against every transport. A case sees only `call`,
 * so a transport that changes any result or error fails here.
 */
export function describeContract(transportName: string, open: () => Promise<TransportFixture>): void {
  describe(`contract over ${transportName}`, () => {
    let fixture: TransportFixture;
    let api: Transport;

    beforeEach(async () => {
      fixture = await open();
      api = fixture.transport;
    });
    afterEach(() => fixture.close());

    const setUp = async () => resultOf<SessionResult>(await api.call('auth.setup', OWNER));

    const createContact = async (token: string, input: Record<string, unknown>) =>
      resultOf<Contact>(await api.call('contacts.create', input, token));

    const listNames = async (token: string, filter: Record<string, unknown> = {}) =>
      resultOf<Page>(await api.call('contacts.list', { filter }, token)).items.map((c) => c.name);

    const searchNames = async (token: string, query: string) =>
      resultOf<{ items: Contact[] }>(await api.call('contacts.search', { query }, token)).items.map(
        (c) => c.name,
      );

    describe('auth', () => {
      it('reports setup as not done on a new database, and done after setup', async () => {
        expect(resultOf(await api.call('auth.status', {}))).toEqual({ setupDone: false });
        await setUp();
        expect(resultOf(await api.call('auth.status', {}))).toEqual({ setupDone: true });
      });

      it('sets up the company and signs the owner in', async () => {
        const session = await setUp();
        expect(session.token).toEqual(expect.any(String));
        expect(session.user).toMatchObject({ username: 'ann', displayName: 'Ann Owner', role: 'owner' });
        expect(session.company.name).toBe('Acme Trading');
        const me = resultOf<{ user: { username: string } }>(await api.call('auth.me', {}, session.token));
        expect(me.user.username).toBe('ann');
      });

      it('refuses a second setup and keeps the first owner', async () => {
        await setUp();
        const again = { ...OWNER, companyName: 'Intruder Ltd', username: 'mallory' };
        errorOf(await api.call('auth.setup', again), 'SETUP_DONE');
        errorOf(
          await api.call('auth.login', { username: 'mallory', password: OWNER.password }),
          'UNAUTHENTICATED',
        );
        const login = resultOf<SessionResult>(
          await api.call('auth.login', { username: 'ann', password: OWNER.password }),
        );
        expect(login.company.name).toBe('Acme Trading');
      });

      it('signs in with the right password and refuses a wrong one', async () => {
        await setUp();
        const login = resultOf<SessionResult>(
          await api.call('auth.login', { username: 'ann', password: OWNER.password }),
        );
        expect(resultOf(await api.call('auth.me', {}, login.token))).toMatchObject({
          user: { username: 'ann' },
        });
        const wrong = errorOf(
          await api.call('auth.login', { username: 'ann', password: 'wrong password' }),
          'UNAUTHENTICATED',
        );
        expect(JSON.stringify(wrong)).not.toContain('token');
      });

      it('ends the session on logout: the token stops working', async () => {
        const { token } = await setUp();
        expect(resultOf(await api.call('auth.logout', {}, token))).toEqual({ ok: true });
        errorOf(await api.call('auth.me', {}, token), 'UNAUTHENTICATED');
        errorOf(await api.call('contacts.list', {}, token), 'UNAUTHENTICATED');
      });

      it('refuses calls without a session or with a made-up token', async () => {
        await setUp();
        errorOf(await api.call('contacts.list', {}), 'UNAUTHENTICATED');
        errorOf(await api.call('contacts.create', { name: 'Sneaky' }, 'not-a-real-token'), 'UNAUTHENTICATED');
        const { token } = resultOf<SessionResult>(
          await api.call('auth.login', { username: 'ann', password: OWNER.password }),
        );
        expect(await listNames(token)).toEqual([]);
      });
    });

    describe('contacts', () => {
      let token: string;
      beforeEach(async () => {
        ({ token } = await setUp());
      });

      it('refuses input of the wrong type, names the field, and stores nothing', async () => {
        const error = errorOf(await api.call('contacts.create', { name: 42 }, token), 'VALIDATION');
        expect(JSON.stringify(error.details)).toContain('name');
        errorOf(await api.call('contacts.create', { name: 'Bo', phones: '138' }, token), 'VALIDATION');
        errorOf(await api.call('contacts.create', { name: 'Bo', unknownField: 1 }, token), 'VALIDATION');
        errorOf(await api.call('contacts.create', 'Bo', token), 'VALIDATION');
        expect(await listNames(token)).toEqual([]);
      });

      it('keeps every character of a name', async () => {
        const names = ['张伟', 'Zoë Åkesson-Núñez', `O'Brien "Bob"`, 'Team lead 👩‍💼', 'Mary   Ann  Smith'];
        for (const name of names) {
          const created = await createContact(token, { name });
          expect(created.name).toBe(name);
          expect(resultOf<Contact>(await api.call('contacts.get', { id: created.id }, token)).name).toBe(
            name,
          );
        }
        expect((await listNames(token)).sort()).toEqual([...names].sort());
        expect(await searchNames(token, '张伟')).toEqual(['张伟']);
      });

      it('gets a contact by id, and NOT_FOUND for one that does not exist', async () => {
        const created = await createContact(token, {
          name: 'Li Na',
          companyName: 'Huawei',
          phones: ['13800138000'],
          emails: ['li.na@example.com'],
          tags: ['vip'],
        });
        const got = resultOf<Contact>(await api.call('contacts.get', { id: created.id }, token));
        expect(got).toEqual(created);
        expect(got).toMatchObject({
          companyName: 'Huawei',
          phones: ['13800138000'],
          tags: ['vip'],
          version: 1,
        });
        errorOf(await api.call('contacts.get', { id: created.id + 1000 }, token), 'NOT_FOUND');
      });

      it('updates with the version it read and bumps the version', async () => {
        const created = await createContact(token, { name: 'Wang Fang' });
        const updated = resultOf<Contact>(
          await api.call('contacts.update', { id: created.id, version: 1, patch: { title: 'Buyer' } }, token),
        );
        expect(updated).toMatchObject({ name: 'Wang Fang', title: 'Buyer', version: 2 });
        expect(resultOf<Contact>(await api.call('contacts.get', { id: created.id }, token)).version).toBe(2);
      });

      it('refuses an update naming a stale version and leaves the record as it was', async () => {
        const created = await createContact(token, { name: 'Chen Jie' });
        resultOf(
          await api.call('contacts.update', { id: created.id, version: 1, patch: { title: 'First' } }, token),
        );
        errorOf(
          await api.call(
            'contacts.update',
            { id: created.id, version: 1, patch: { title: 'Second' } },
            token,
          ),
          'CONFLICT',
        );
        const stored = resultOf<Contact>(await api.call('contacts.get', { id: created.id }, token));
        expect(stored).toMatchObject({ title: 'First', version: 2 });
      });

      it('moves a deleted contact to the trash and restores it', async () => {
        const kept = await createContact(token, { name: 'Kept Person' });
        const gone = await createContact(token, { name: 'Trashed Person', phones: ['021-5555 1234'] });
        resultOf(await api.call('contacts.delete', { id: gone.id }, token));

        expect(await listNames(token)).toEqual([kept.name]);
        expect(await searchNames(token, 'Trashed')).toEqual([]);
        expect(await searchNames(token, '5555 1234')).toEqual([]);
        expect(await listNames(token, { trash: true })).toEqual(['Trashed Person']);

        resultOf(await api.call('contacts.restore', { id: gone.id }, token));
        expect((await listNames(token)).sort()).toEqual(['Kept Person', 'Trashed Person']);
        expect(await searchNames(token, 'Trashed')).toEqual(['Trashed Person']);
        expect(await listNames(token, { trash: true })).toEqual([]);
      });

      it('finds a phone number whatever format it is typed in', async () => {
        await createContact(token, { name: 'Caller', phones: ['13800138000'] });
        await createContact(token, { name: 'Someone Else', phones: ['+44 20 7946 0958'] });
        for (const query of ['138-0013 8000', '+86 13800138000', '(138) 0013']) {
          expect(await searchNames(token, query), query).toEqual(['Caller']);
        }
        expect(await searchNames(token, '139-0000 0000')).toEqual([]);
      });

      it('pages through the list with a cursor without duplicates or gaps', async () => {
        const names = ['Ada', 'Bea', 'Cai', 'Dev', 'Eli', 'Fay', 'Gus'];
        for (const name of [...names].reverse()) await createContact(token, { name });
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Page = resultOf<Page>(await api.call('contacts.list', { limit: 2, cursor }, token));
          expect(page.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.items.map((c) => c.name));
          cursor = page.nextCursor;
          pages++;
        } while (cursor !== null && pages < 10);
        expect(seen).toEqual(names);
        expect(pages).toBe(4);
      });

      it('refuses a malformed cursor without returning data', async () => {
        await createContact(token, { name: 'Ada' });
        errorOf(await api.call('contacts.list', { cursor: 'not a cursor' }, token), 'VALIDATION');
      });
    });

    describe('users and the licence', () => {
      type Status = { kind: string; edition: string | null; seats: { used: number; total: number } };
      const newUser = (username: string) => ({
        username,
        displayName: username,
        password: 'long-enough-1',
        role: 'staff',
      });
      const status = async (token: string) => resultOf<Status>(await api.call('license.status', {}, token));

      it('runs a trial with 3 seats: a fourth active user is refused until one is deactivated', async () => {
        const { token } = await setUp();
        expect(await status(token)).toMatchObject({ kind: 'trial', seats: { used: 1, total: 3 } });
        resultOf(await api.call('users.create', newUser('bo'), token));
        const cy = resultOf<{ id: number }>(await api.call('users.create', newUser('cy'), token));
        const error = errorOf(await api.call('users.create', newUser('di'), token), 'SEATS_EXCEEDED');
        expect(error.details).toEqual({ seats: 3, active: 3 });
        resultOf(await api.call('users.deactivate', { id: cy.id }, token));
        resultOf(await api.call('users.create', newUser('di'), token));
        expect((await status(token)).seats).toEqual({ used: 3, total: 3 });
      });

      it('activates a genuine key for the owner only, and refuses forged ones without a change', async () => {
        const { token } = await setUp();
        const key = issue({ edition: 'standard', issuedAt: dayOf(Date.now()), updatesUntil: '2099-12-31' });
        errorOf(await api.call('license.activate', { key: 'CRM1.not.a.key' }, token), 'LICENSE_MALFORMED');
        errorOf(
          await api.call('license.activate', { key: issue({}, forgerKey) }, token),
          'LICENSE_UNKNOWN_KEY',
        );
        resultOf(await api.call('users.create', { ...newUser('ada'), role: 'admin' }, token));
        const admin = resultOf<SessionResult>(
          await api.call('auth.login', { username: 'ada', password: 'long-enough-1' }),
        );
        errorOf(await api.call('license.activate', { key }, admin.token), 'FORBIDDEN');
        expect((await status(token)).kind).toBe('trial');
        resultOf(await api.call('license.activate', { key }, token));
        expect(await status(admin.token)).toMatchObject({ kind: 'licensed', edition: 'standard' });
      });
    });

    describe('work orders (the procedures external checks use)', () => {
      type Order = { id: number; number: string; status: string; assigneeId: number | null; version: number };

      it('create, get, list, assign with a reason, reply and setStatus; a stale version is CONFLICT', async () => {
        const { token, user } = await setUp();
        const customer = await createContact(token, { name: 'Ann Lee' });
        const created = resultOf<Order>(
          await api.call('workorders.create', { subject: 'Router down', contactId: customer.id }, token),
        );
        expect(created).toMatchObject({ number: expect.stringMatching(/^WO-\d{4}-\d{6}$/), status: 'new' });
        expect(resultOf<Order>(await api.call('workorders.get', { id: created.id }, token))).toEqual(created);
        const page = resultOf<{ items: Order[]; nextCursor: string | null }>(
          await api.call('workorders.list', { queue: 'unassigned' }, token),
        );
        expect(page).toEqual({ items: [created], nextCursor: null });
        const assigned = resultOf<Order>(
          await api.call(
            'workorders.assign',
            { id: created.id, version: 1, assigneeId: user.id, reason: 'I know this site' },
            token,
          ),
        );
        expect(assigned).toMatchObject({ status: 'assigned', assigneeId: user.id, version: 2 });
        errorOf(
          await api.call('workorders.setStatus', { id: created.id, version: 1, status: 'resolved' }, token),
          'CONFLICT',
        );
        resultOf(
          await api.call('workorders.reply', { id: created.id, body: 'On my way', internal: true }, token),
        );
        const resolved = resultOf<Order>(
          await api.call('workorders.setStatus', { id: created.id, version: 2, status: 'resolved' }, token),
        );
        expect(resolved).toMatchObject({ status: 'resolved', version: 3 });
        errorOf(await api.call('workorders.create', { subject: '' }, token), 'VALIDATION');
        errorOf(await api.call('workorders.get', { id: created.id + 100 }, token), 'NOT_FOUND');
      });
    });

    describe('calls (call center)', () => {
      type Call = {
        id: number;
        contactId: number | null;
        outcome: string | null;
        talkS: number | null;
        version: number;
      };

      it('ring pops the matching contact, answer and end count the call; a second end is CONFLICT', async () => {
        const { token } = await setUp();
        const customer = await createContact(token, { name: 'Ann Lee', phones: ['+86 138-0013 8000'] });
        const rang = resultOf<{ call: Call; matches: { id: number }[] }>(
          await api.call('calls.ring', { number: '13800138000' }, token),
        );
        expect(rang.matches.map((match) => match.id)).toEqual([customer.id]);
        expect(rang.call).toMatchObject({ contactId: customer.id, outcome: null, version: 1 });
        resultOf(await api.call('calls.answer', { callId: rang.call.id }, token));
        const ended = resultOf<Call>(
          await api.call('calls.end', { callId: rang.call.id, notes: '报价' }, token),
        );
        expect(ended).toMatchObject({ outcome: 'answered', talkS: expect.any(Number), version: 3 });
        errorOf(await api.call('calls.end', { callId: rang.call.id }, token), 'CONFLICT');
        const dialled = resultOf<{ dialUri: string }>(
          await api.call('calls.dial', { number: '0086 138 0013 8000' }, token),
        );
        expect(dialled.dialUri).toBe('tel:+8613800138000');
        errorOf(await api.call('calls.dial', { number: '555', contactId: customer.id }, token), 'VALIDATION');
        errorOf(await api.call('calls.answer', { callId: rang.call.id + 100 }, token), 'NOT_FOUND');
        const page = resultOf<{ items: Call[] }>(
          await api.call('calls.list', { contactId: customer.id }, token),
        );
        expect(page.items.map((call) => call.id)).toEqual([rang.call.id]);
      });
    });

    describe('products (inventory)', () => {
      type Product = { id: number; sku: string; name: string; priceMinor: number; version: number };
      const cable = {
        sku: 'CAB-01',
        name: '网线 "Cat 6" 5 m',
        unit: 'pcs',
        priceMinor: 1250,
        currency: 'CNY',
      };

      it('create, get, list and update; a SKU taken in any letter case or a stale version is CONFLICT', async () => {
        const { token } = await setUp();
        const created = resultOf<Product>(await api.call('products.create', cable, token));
        expect(created).toMatchObject({ ...cable, archived: false, version: 1 });
        expect(resultOf<Product>(await api.call('products.get', { id: created.id }, token))).toEqual(created);
        expect(
          resultOf<{ items: Product[] }>(await api.call('products.list', { filter: { query: 'cab' } }, token))
            .items,
        ).toEqual([created]);
        errorOf(await api.call('products.create', { ...cable, sku: 'cab-01' }, token), 'CONFLICT');
        const repriced = resultOf<Product>(
          await api.call(
            'products.update',
            { id: created.id, version: 1, patch: { priceMinor: 1390 } },
            token,
          ),
        );
        expect(repriced).toMatchObject({ priceMinor: 1390, version: 2 });
        errorOf(
          await api.call('products.update', { id: created.id, version: 1, patch: { priceMinor: 1 } }, token),
          'CONFLICT',
        );
        errorOf(await api.call('products.get', { id: created.id + 100 }, token), 'NOT_FOUND');
      });

      it('refuses a bad price or a blank name with VALIDATION and saves nothing', async () => {
        const { token } = await setUp();
        errorOf(await api.call('products.create', { ...cable, priceMinor: 12.5 }, token), 'VALIDATION');
        errorOf(await api.call('products.create', { ...cable, name: '   ' }, token), 'VALIDATION');
        expect(resultOf<{ items: Product[] }>(await api.call('products.list', {}, token)).items).toEqual([]);
      });

      it('links a product to a work order once per serial number', async () => {
        const { token } = await setUp();
        const product = resultOf<Product>(await api.call('products.create', cable, token));
        const order = resultOf<{ id: number }>(
          await api.call('workorders.create', { subject: 'Office cabling' }, token),
        );
        const link = { id: order.id, productId: product.id, quantity: 3, serialNumber: 'SN-7' };
        resultOf(await api.call('workorders.linkProduct', link, token));
        errorOf(await api.call('workorders.linkProduct', link, token), 'CONFLICT');
        const { items } = resultOf<{ items: { quantity: number; product: { sku: string } }[] }>(
          await api.call('workorders.products', { id: order.id }, token),
        );
        expect(items).toMatchObject([{ quantity: 3, product: { sku: 'CAB-01' } }]);
      });

      it('a stocktake counts, posts its difference to the stock once, and refuses a second post', async () => {
        type Stocktake = { id: number; version: number; lines: { id: number; adjustment: number | null }[] };
        const { token } = await setUp();
        const product = resultOf<Product>(await api.call('products.create', cable, token));
        resultOf(
          await api.call('stock.correct', { productId: product.id, quantity: 5, note: 'opening' }, token),
        );
        const started = resultOf<Stocktake>(await api.call('stocktakes.start', {}, token));
        errorOf(await api.call('stocktakes.post', { id: started.id, version: 1 }, token), 'VALIDATION');
        const counted = resultOf<Stocktake>(
          await api.call(
            'stocktakes.count',
            { id: started.id, lines: [{ lineId: started.lines[0]!.id, counted: 3 }] },
            token,
          ),
        );
        const posted = resultOf<Stocktake>(
          await api.call('stocktakes.post', { id: started.id, version: counted.version }, token),
        );
        expect(posted).toMatchObject({ status: 'posted', countedCount: 1 });
        expect(
          resultOf<Stocktake>(await api.call('stocktakes.get', { id: started.id }, token)),
        ).toMatchObject({
          lines: [{ counted: 3, onHand: 3, adjustment: -2 }],
        });
        errorOf(
          await api.call('stocktakes.post', { id: started.id, version: posted.version }, token),
          'CONFLICT',
        );
      });

      it('a purchase order is placed and received into stock; more than is due is refused', async () => {
        type Order = { id: number; number: string; status: string; version: number; lines: { id: number }[] };
        const { token } = await setUp();
        const product = resultOf<Product>(await api.call('products.create', cable, token));
        const supplier = resultOf<{ id: number }>(
          await api.call('suppliers.create', { name: 'Cable Co' }, token),
        );
        errorOf(await api.call('suppliers.create', { name: 'CABLE CO' }, token), 'CONFLICT');
        const draft = resultOf<Order>(
          await api.call(
            'purchaseOrders.create',
            {
              supplierId: supplier.id,
              currency: 'CNY',
              lines: [{ productId: product.id, quantity: 5, unitCostMinor: 800 }],
            },
            token,
          ),
        );
        expect(draft).toMatchObject({ number: 'PO-000001', status: 'draft', totalMinor: 4000 });
        const placed = resultOf<Order>(
          await api.call('purchaseOrders.place', { id: draft.id, version: 1 }, token),
        );
        const receive = (quantity: number) => ({
          id: draft.id,
          version: placed.version,
          lines: [{ lineId: draft.lines[0]!.id, quantity }],
        });
        errorOf(await api.call('purchaseOrders.receive', receive(6), token), 'VALIDATION');
        expect(resultOf<Order>(await api.call('purchaseOrders.receive', receive(5), token))).toMatchObject({
          status: 'received',
        });
        const { items } = resultOf<{ items: { onHand: number; onOrder: number }[] }>(
          await api.call('stock.levels', {}, token),
        );
        expect(items).toMatchObject([{ onHand: 5, onOrder: 0 }]);
      });
    });

    describe('orders', () => {
      it('a sales order is created with computed totals, confirmed and fulfilled; a stale version is CONFLICT', async () => {
        type Order = { id: number; number: string; status: string; version: number; totalMinor: number };
        const { token } = await setUp();
        const ann = await createContact(token, { name: 'Ann Lee' });
        const lines = [
          { description: 'Printer', quantity: 2, unitPriceMinor: 150_000 },
          { description: 'Installation', quantity: 1, unitPriceMinor: 20_050 },
        ];
        errorOf(
          await api.call(
            'orders.create',
            { contactId: ann.id, currency: 'CNY', lines: [{ ...lines[0], quantity: 0 }] },
            token,
          ),
          'VALIDATION',
        );
        const draft = resultOf<Order>(
          await api.call('orders.create', { contactId: ann.id, currency: 'CNY', lines }, token),
        );
        expect(draft).toMatchObject({ number: 'SO-000001', status: 'draft', totalMinor: 320_050 });
        const confirmed = resultOf<Order>(
          await api.call('orders.confirm', { id: draft.id, version: 1 }, token),
        );
        errorOf(await api.call('orders.fulfil', { id: draft.id, version: 1 }, token), 'CONFLICT');
        expect(
          resultOf<Order>(
            await api.call('orders.fulfil', { id: draft.id, version: confirmed.version }, token),
          ),
        ).toMatchObject({ status: 'fulfilled', totalMinor: 320_050 });
        const { items } = resultOf<{ items: Order[] }>(
          await api.call('orders.list', { contactId: ann.id, status: 'fulfilled' }, token),
        );
        expect(items).toMatchObject([{ number: 'SO-000001' }]);
      });

      it('a fulfilled order takes part of its goods back; more than is left is VALIDATION', async () => {
        type Line = { id: number; returnedQuantity: number };
        type Order = { id: number; version: number; netTotalMinor: number; lines: Line[] };
        const { token } = await setUp();
        const ann = await createContact(token, { name: 'Ann Lee' });
        const lines = [{ description: 'Printer', quantity: 2, unitPriceMinor: 150_000 }];
        const draft = resultOf<Order>(
          await api.call('orders.create', { contactId: ann.id, currency: 'CNY', lines }, token),
        );
        await api.call('orders.confirm', { id: draft.id, version: 1 }, token);
        const order = resultOf<Order>(await api.call('orders.fulfil', { id: draft.id, version: 2 }, token));
        const back = (quantity: number) => ({
          orderId: order.id,
          version: order.version,
          lines: [{ lineId: order.lines[0]!.id, quantity }],
          reason: 'Damaged',
        });
        errorOf(await api.call('orders.returns.create', back(3), token), 'VALIDATION');
        expect(resultOf(await api.call('orders.returns.create', back(1), token))).toMatchObject({
          number: 'RT-000001',
          totalMinor: 150_000,
        });
        errorOf(await api.call('orders.returns.create', back(1), token), 'CONFLICT');
        expect(resultOf<Order>(await api.call('orders.get', { id: order.id }, token))).toMatchObject({
          netTotalMinor: 150_000,
          lines: [{ returnedQuantity: 1 }],
        });
        expect(resultOf(await api.call('orders.list', { contactId: ann.id }, token))).toMatchObject({
          items: [{ totalMinor: 300_000, returnedMinor: 150_000 }],
        });
      });
    });

    it('answers NOT_FOUND for an unknown procedure, whatever its name', async () => {
      const { token } = await setUp();
      for (const name of ['contacts.explode', 'nothing', '__proto__', 'constructor', 'toString']) {
        errorOf(await api.call(name, {}, token), 'NOT_FOUND');
      }
    });
  });
}
