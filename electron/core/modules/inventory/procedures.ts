import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import type { inventoryProcedures, Product } from '../../../../shared/inventory/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import type { LinkFields } from './product-links-repository';
import type { ProductFields } from './products-repository';

/** An empty optional text is none. */
const textOrNull = (text: string | null | undefined) => text || null;

export function inventoryHandlers(ctx: CoreContext): HandlersFor<keyof typeof inventoryProcedures> {
  const { products, productLinks } = ctx;

  /** Every window's product list and picker follows the catalogue. */
  const productChanged = (product: Product, action: EventData<'product.changed'>['action']): Product => {
    ctx.events.emit('product.changed', { id: product.id, action, version: product.version });
    return product;
  };

  /** Everyone may see a work order, so everyone's open card and thread follow its products. */
  const linksChanged = (workOrderId: number) => ctx.events.emit('workorder.productsChanged', { workOrderId });

  return {
    'products.create': (input) => {
      const fields: ProductFields = { ...input, description: textOrNull(input.description) };
      return productChanged(products.create(fields, ctx.now()), 'created');
    },
    'products.get': ({ id }) => products.get(id),
    'products.update': ({ id, version, patch }) => {
      const current = products.get(id);
      const fields: ProductFields = {
        sku: patch.sku ?? current.sku,
        name: patch.name ?? current.name,
        unit: patch.unit ?? current.unit,
        description: patch.description === undefined ? current.description : textOrNull(patch.description),
        priceMinor: patch.priceMinor ?? current.priceMinor,
        currency: patch.currency ?? current.currency,
      };
      return productChanged(products.update(id, version, fields, ctx.now()), 'updated');
    },
    'products.setArchived': ({ id, version, archived }) =>
      productChanged(
        products.setArchived(id, version, archived, ctx.now()),
        archived ? 'archived' : 'restored',
      ),
    'products.list': ({ filter = {}, cursor, limit = 50 }) => products.list(filter, cursor ?? null, limit),

    'workorders.products': ({ id }) => {
      ctx.workOrders.get(id);
      return { items: productLinks.list(id) };
    },
    'workorders.linkProduct': ({ id, productId, quantity, serialNumber, note }, call) => {
      ctx.workOrders.get(id);
      const product = products.get(productId);
      if (product.archived) {
        throw new CrmError('VALIDATION', `The product ${product.sku} is archived; restore it to link it.`, {
          issues: [{ path: ['productId'], message: 'archived' }],
          sku: product.sku,
        });
      }
      const fields: LinkFields = { quantity, serialNumber: textOrNull(serialNumber), note: textOrNull(note) };
      const linked = productLinks.link(id, productId, fields, call.session!.user.id, ctx.now());
      linksChanged(id);
      return linked;
    },
    'workorders.updateProductLink': ({ linkId, version, patch }, call) => {
      const current = productLinks.get(linkId);
      const fields: LinkFields = {
        quantity: patch.quantity ?? current.quantity,
        serialNumber:
          patch.serialNumber === undefined ? current.serialNumber : textOrNull(patch.serialNumber),
        note: patch.note === undefined ? current.note : textOrNull(patch.note),
      };
      const updated = productLinks.update(linkId, version, fields, call.session!.user.id, ctx.now());
      if (updated.version !== version) linksChanged(updated.workOrderId);
      return updated;
    },
    'workorders.unlinkProduct': ({ linkId, version }, call) => {
      linksChanged(productLinks.unlink(linkId, version, call.session!.user.id, ctx.now()));
      return { linkId };
    },
  };
}
