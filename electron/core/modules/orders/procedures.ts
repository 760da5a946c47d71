import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import type {
  ordersProcedures,
  SalesLineInput,
  SalesOrder,
  SalesOrderInput,
} from '../../../../shared/orders/contract';
import { roleAtLeast } from '../../../../shared/roles';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { contactIssue } from '../contacts/customer-references';
import type { CustomerScope } from '../contacts/visibility';
import type { OrderFields, ProductLine } from './repository';

type Issue = { path: (string | number)[]; message: string };

const invalid = (issues: Issue[]) => new CrmError('VALIDATION', 'Some fields are not valid.', { issues });

const linesOf = (lines: readonly SalesLineInput[]): OrderFields['lines'] =>
  lines.map((line) => ({
    description: line.description,
    productId: line.productId ?? null,
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
  }));

export function ordersHandlers(ctx: CoreContext): HandlersFor<keyof typeof ordersProcedures> {
  const orders = ctx.salesOrders;

  /** Orders are customer data: those who may see the customer hear of a change (and of the one it left). */
  const changed = (
    order: SalesOrder,
    action: EventData<'order.changed'>['action'],
    previousContactId?: number,
  ): SalesOrder => {
    const data = { id: order.id, action, version: order.version };
    ctx.events.emit('order.changed', data, ctx.customers.audienceOf(order.contactId));
    if (previousContactId !== undefined && previousContactId !== order.contactId) {
      ctx.events.emit('order.changed', data, ctx.customers.audienceOf(previousContactId));
    }
    return order;
  };

  /** The order, if the caller may see its customer: a hidden one answers as a missing one does. */
  function visible(id: number, scope: CustomerScope): SalesOrder {
    const order = orders.get(id);
    if (!ctx.customers.canSee(scope, order.contactId)) {
      throw new CrmError('NOT_FOUND', 'This order does not exist.', { id });
    }
    return order;
  }

  const inventoryUnlocked = () => ctx.license.isModuleEnabled('inventory', 'read');

  /**
   * The new references of an order: its customer when it changes (it must exist and not be in the
   * trash) and the products of the given lines (only with inventory, existing and active).
   */
  function checkReferences(contactId: number | null, lines: readonly SalesLineInput[], prefix: string[]) {
    const issues: Issue[] = [];
    if (contactId !== null) {
      const message = contactIssue(ctx.contacts, contactId);
      if (message) issues.push({ path: ['contactId'], message });
    }
    lines.forEach((line, index) => {
      if (line.productId == null) return;
      const path = ['lines', index, 'productId'];
      if (!inventoryUnlocked()) {
        issues.push({ path, message: 'products need the inventory module' });
        return;
      }
      const product = ctx.products.find(line.productId);
      if (!product) issues.push({ path, message: 'no such product' });
      else if (product.archived) issues.push({ path, message: `the product ${product.sku} is archived` });
    });
    if (issues.length > 0) {
      throw invalid(issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
    }
  }

  const fieldsOf = (input: SalesOrderInput): OrderFields => ({
    contactId: input.contactId,
    currency: input.currency,
    notes: input.notes || null,
    lines: linesOf(input.lines),
  });

  return {
    'orders.create': (input, call) => {
      checkReferences(input.contactId, input.lines, []);
      return changed(orders.create(fieldsOf(input), call.session!.user.id, ctx.now()), 'created');
    },
    'orders.get': ({ id }, call) => visible(id, call.scope),
    'orders.update': ({ id, version, patch }, call) => {
      const current = visible(id, call.scope);
      // A hidden customer answers as dispatch does for a missing one (contactRef of orders.create).
      if (patch.contactId !== undefined && !ctx.customers.canSee(call.scope, patch.contactId)) {
        throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: patch.contactId });
      }
      const newContact = patch.contactId !== undefined && patch.contactId !== current.contactId;
      // A draft keeps its lines' products until they are changed; only the lines sent are checked.
      checkReferences(newContact ? patch.contactId! : null, patch.lines ?? [], ['patch']);
      const fields: OrderFields = {
        contactId: patch.contactId ?? current.contactId,
        currency: patch.currency ?? current.currency,
        notes: patch.notes === undefined ? current.notes : patch.notes || null,
        lines:
          patch.lines === undefined
            ? current.lines.map((line) => ({
                description: line.description,
                productId: line.product?.id ?? null,
                quantity: line.quantity,
                unitPriceMinor: line.unitPriceMinor,
              }))
            : linesOf(patch.lines),
      };
      return changed(orders.update(id, version, fields, ctx.now()), 'updated', current.contactId);
    },
    'orders.confirm': ({ id, version }, call) => {
      visible(id, call.scope);
      return changed(orders.confirm(id, version, ctx.now()), 'confirmed');
    },
    'orders.fulfil': ({ id, version }, call) => {
      const { number } = visible(id, call.scope);
      const at = ctx.now();
      const productIds: number[] = [];
      // The stock ledger's sources are purchase orders and stocktakes; a sale names itself in the note.
      const issue = (line: ProductLine) => {
        ctx.stock.post({
          productId: line.product.id,
          quantity: -line.quantity,
          reason: 'issue',
          source: null,
          note: number,
          by: call.session!.user.id,
          at,
        });
        productIds.push(line.product.id);
      };
      const order = orders.fulfil(id, version, at, inventoryUnlocked() ? issue : null);
      if (productIds.length > 0) ctx.events.emit('stock.changed', { productIds });
      return changed(order, 'fulfilled');
    },
    'orders.cancel': ({ id, version }, call) => {
      const current = visible(id, call.scope);
      if (current.status === 'confirmed' && !roleAtLeast(call.session!.user.role, 'admin')) {
        throw new CrmError('FORBIDDEN', 'Only an admin may cancel a confirmed order.', { required: 'admin' });
      }
      return changed(orders.cancel(id, version, ['draft', 'confirmed'], ctx.now()), 'cancelled');
    },
    'orders.returns.create': ({ orderId, version, lines, reason }, call) => {
      const { number: orderNumber } = visible(orderId, call.scope);
      const at = ctx.now();
      const by = call.session!.user.id;
      const productIds: number[] = [];
      const request = { orderId, version, lines, reason, by, at };
      const { order, returned } = orders.recordReturn(request, (line, quantity, returnNumber) => {
        // Goods coming back are received into stock; the note names the return and its order.
        ctx.stock.post({
          productId: line.product.id,
          quantity,
          reason: 'receipt',
          source: null,
          note: `${returnNumber} · ${orderNumber}`,
          by,
          at,
        });
        productIds.push(line.product.id);
      });
      if (productIds.length > 0) ctx.events.emit('stock.changed', { productIds });
      changed(order, 'returned');
      return returned;
    },
    'orders.list': ({ status, contactId, cursor, limit = 50 }, call) =>
      orders.list({ status, contactId, scope: call.scope, cursor: cursor ?? null, limit }),
  };
}
