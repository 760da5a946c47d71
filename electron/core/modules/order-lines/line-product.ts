import { CrmError } from '../../../../shared/errors';
import type { Product } from '../../../../shared/inventory/contract';

/**
 * The product an order's line names, or null when there is none with this id (the line is then
 * not valid: VALIDATION, not NOT_FOUND).
 */
export function lineProductOrNull(products: { get(id: number): Product }, id: number): Product | null {
  try {
    return products.get(id);
  } catch (error) {
    if (error instanceof CrmError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
