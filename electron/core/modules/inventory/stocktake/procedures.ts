import { CrmError } from '../../../../../shared/errors';
import type { EventData } from '../../../../../shared/events';
import type { StocktakeSummary, stocktakeProcedures } from '../../../../../shared/inventory/stocktake';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';

export function stocktakeHandlers(ctx: CoreContext): HandlersFor<keyof typeof stocktakeProcedures> {
  const { stocktakes, stock } = ctx;

  /** Every window's stocktake list and open count sheet follow it. */
  const changed = <S extends StocktakeSummary>(
    stocktake: S,
    action: EventData<'stocktake.changed'>['action'],
  ): S => {
    ctx.events.emit('stocktake.changed', { id: stocktake.id, action, version: stocktake.version });
    return stocktake;
  };

  return {
    'stocktakes.start': ({ productIds, note }, call) =>
      changed(
        stocktakes.start(productIds ?? null, note || null, call.session!.user.id, ctx.now()),
        'started',
      ),
    'stocktakes.get': ({ id }) => stocktakes.get(id),
    'stocktakes.overview': ({ id }) => stocktakes.overview(id),
    'stocktakes.lines': ({ id, filter = {}, cursor, limit = 50 }) =>
      stocktakes.lines(id, filter, cursor ?? null, limit),
    'stocktakes.count': ({ id, lines }, call) =>
      changed(stocktakes.count(id, lines, call.session!.user.id, ctx.now()), 'counted'),
    'stocktakes.post': ({ id, version }, call) => {
      const by = call.session!.user.id;
      const at = ctx.now();
      const moved: number[] = [];
      const posted = stocktakes.post(id, version, by, at, (line, number) => {
        // Against on hand now, not as expected: receipts and issues made during the count stay.
        const difference = line.counted - stock.onHand(line.productId);
        if (difference === 0) return 0;
        const product = ctx.products.get(line.productId);
        if (product.archived) {
          throw new CrmError(
            'VALIDATION',
            `The product ${product.sku} was archived during the count; restore it to post this stocktake.`,
            { issues: [{ path: ['lines'], message: 'archived' }], sku: product.sku },
          );
        }
        stock.post({
          productId: line.productId,
          quantity: difference,
          reason: 'stocktake',
          source: { kind: 'stocktake', id, number },
          note: null,
          by,
          at,
        });
        moved.push(line.productId);
        return difference;
      });
      if (moved.length > 0) ctx.events.emit('stock.changed', { productIds: moved });
      return changed(posted, 'posted');
    },
    'stocktakes.cancel': ({ id, version }, call) =>
      changed(stocktakes.cancel(id, version, call.session!.user.id, ctx.now()), 'cancelled'),
    'stocktakes.list': ({ status, cursor, limit = 50 }) =>
      stocktakes.list(status ?? null, cursor ?? null, limit),
  };
}
