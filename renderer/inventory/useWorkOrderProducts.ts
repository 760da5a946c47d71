import { useCallback, useEffect, useState } from 'react';
import type { ProductLink } from '../../shared/inventory/contract';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';

export type WorkOrderProductsState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; items: ProductLink[] };

/** A work order's products, followed live: a change in any window reloads them. */
export function useWorkOrderProducts(workOrderId: number) {
  const [state, setState] = useState<WorkOrderProductsState>({ status: 'loading' });

  const reload = useCallback(() => {
    call('workorders.products', { id: workOrderId }).then(
      ({ items }) => setState({ status: 'ready', items }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [workOrderId]);

  useEffect(reload, [reload]);
  useEffect(
    () => onEvent('workorder.productsChanged', (changed) => changed.workOrderId === workOrderId && reload()),
    [workOrderId, reload],
  );
  return { state, reload };
}
