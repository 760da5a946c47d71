import type { EventData } from '../../../../../shared/events';
import type {
  PurchaseOrder,
  PurchaseOrderInput,
  purchasingProcedures,
  Supplier,
} from '../../../../../shared/inventory/purchasing';
import { invalidField as invalid } from '../../order-lines/orders-with-lines';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';
import type { OrderFields } from './orders-repository';
import type { SupplierFields } from './suppliers-repository';

/** An empty optional text is none. */
const textOrNull = (text: string | null | undefined) => text || null;

export function purchasingHandlers(ctx: CoreContext): HandlersFor<keyof typeof purchasingProcedures> {
  const { suppliers, purchaseOrders } = ctx;

  const supplierChanged = (supplier: Supplier, action: EventData<'supplier.changed'>['action']): Supplier => {
    ctx.events.emit('supplier.changed', { id: supplier.id, action, version: supplier.version });
    return supplier;
  };

  const orderChanged = (
    order: PurchaseOrder,
    action: EventData<'purchaseOrder.changed'>['action'],
  ): PurchaseOrder => {
    ctx.events.emit('purchaseOrder.changed', { id: order.id, action, version: order.version });
    return order;
  };

  /** A draft names an existing, active supplier and existing, active products. */
  function checkReferences(fields: OrderFields, supplierChanges: boolean): void {
    if (supplierChanges) {
      const supplier = suppliers.find(fields.supplierId);
      if (!supplier) throw invalid('This supplier does not exist.', ['supplierId']);
      if (supplier.archived) throw invalid(`The supplier ${supplier.name} is archived.`, ['supplierId']);
    }
    fields.lines.forEach((line, index) => {
      const product = ctx.products.find(line.productId);
      const path = ['lines', index, 'productId'];
      if (!product) throw invalid('This product does not exist.', path);
      if (product.archived) throw invalid(`The product ${product.sku} is archived.`, path);
    });
  }

  const orderFields = (input: PurchaseOrderInput): OrderFields => ({
    supplierId: input.supplierId,
    expectedOn: input.expectedOn ?? null,
    currency: input.currency,
    notes: textOrNull(input.notes),
    lines: input.lines,
  });

  return {
    'suppliers.create': (input) => {
      const fields: SupplierFields = {
        name: input.name,
        contactPerson: textOrNull(input.contactPerson),
        phone: textOrNull(input.phone),
        email: textOrNull(input.email),
        address: textOrNull(input.address),
        notes: textOrNull(input.notes),
      };
      return supplierChanged(suppliers.create(fields, ctx.now()), 'created');
    },
    'suppliers.get': ({ id }) => suppliers.get(id),
    'suppliers.update': ({ id, version, patch }) => {
      const current = suppliers.get(id);
      const kept = (key: Exclude<keyof SupplierFields, 'name'>) =>
        patch[key] === undefined ? current[key] : textOrNull(patch[key]);
      const fields: SupplierFields = {
        name: patch.name ?? current.name,
        contactPerson: kept('contactPerson'),
        phone: kept('phone'),
        email: kept('email'),
        address: kept('address'),
        notes: kept('notes'),
      };
      return supplierChanged(suppliers.update(id, version, fields, ctx.now()), 'updated');
    },
    'suppliers.setArchived': ({ id, version, archived }) =>
      supplierChanged(
        suppliers.setArchived(id, version, archived, ctx.now()),
        archived ? 'archived' : 'restored',
      ),
    'suppliers.list': ({ filter = {}, cursor, limit = 50 }) => suppliers.list(filter, cursor ?? null, limit),

    'purchaseOrders.create': (input, call) => {
      const fields = orderFields(input);
      checkReferences(fields, true);
      return orderChanged(purchaseOrders.create(fields, call.session!.user.id, ctx.now()), 'created');
    },
    'purchaseOrders.get': ({ id }) => purchaseOrders.get(id),
    'purchaseOrders.update': ({ id, version, patch }) => {
      const current = purchaseOrders.get(id);
      const fields = orderFields({
        supplierId: patch.supplierId ?? current.supplier.id,
        expectedOn: patch.expectedOn === undefined ? current.expectedOn : patch.expectedOn,
        currency: patch.currency ?? current.currency,
        notes: patch.notes === undefined ? current.notes : patch.notes,
        lines:
          patch.lines ??
          current.lines.map((line) => ({
            productId: line.product.id,
            quantity: line.quantity,
            unitCostMinor: line.unitCostMinor,
          })),
      });
      // A draft keeps its archived supplier or products until they are changed; placing it refuses them.
      checkReferences(
        { ...fields, lines: patch.lines ?? [] },
        patch.supplierId !== undefined && patch.supplierId !== current.supplier.id,
      );
      return orderChanged(purchaseOrders.update(id, version, fields, ctx.now()), 'updated');
    },
    'purchaseOrders.place': ({ id, version }) =>
      orderChanged(purchaseOrders.place(id, version, ctx.now()), 'placed'),
    'purchaseOrders.receive': ({ id, version, lines }, call) => {
      const at = ctx.now();
      const { number } = purchaseOrders.get(id);
      const productIds: number[] = [];
      const order = purchaseOrders.receive(id, version, lines, at, ({ productId, quantity }) => {
        ctx.stock.post({
          productId,
          quantity,
          reason: 'receipt',
          source: { kind: 'purchaseOrder', id, number },
          note: null,
          by: call.session!.user.id,
          at,
        });
        productIds.push(productId);
      });
      ctx.events.emit('stock.changed', { productIds });
      return orderChanged(order, 'received');
    },
    'purchaseOrders.cancel': ({ id, version }) =>
      orderChanged(purchaseOrders.cancel(id, version, ctx.now()), 'cancelled'),
    'purchaseOrders.list': ({ filter = {}, cursor, limit = 50 }) =>
      purchaseOrders.list(filter, cursor ?? null, limit),
  };
}
