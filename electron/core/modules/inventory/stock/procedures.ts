import type { stockProcedures } from '../../../../../shared/inventory/stock';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';

export function stockHandlers(ctx: CoreContext): HandlersFor<keyof typeof stockProcedures> {
  return {
    'stock.levels': ({ query, outOfStock, cursor, limit = 50 }) =>
      ctx.stock.levels({ query, outOfStock }, cursor ?? null, limit),
    'stock.movements': ({ productId, cursor, limit = 50 }) => {
      ctx.products.get(productId);
      return ctx.stock.movements(productId, cursor ?? null, limit);
    },
    'stock.correct': ({ productId, quantity, note }, call) => {
      ctx.products.get(productId);
      const movement = ctx.db.transaction(() =>
        ctx.stock.post({
          productId,
          quantity,
          reason: 'correction',
          source: null,
          note,
          by: call.session!.user.id,
          at: ctx.now(),
        }),
      )();
      ctx.events.emit('stock.changed', { productIds: [productId] });
      return movement;
    },
  };
}
