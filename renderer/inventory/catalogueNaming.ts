import type { Product } from '../../shared/inventory/contract';
import type { Supplier } from '../../shared/inventory/purchasing';

/**
 * How a catalogue page (products, suppliers) names one of its records: its texts under `texts`
 * (the same keys for both) call it by the `{{sku}}` or `{{name}}` variable.
 */
export interface CatalogueNaming<T> {
  texts: 'inventory.products' | 'purchasing.suppliers';
  nameVar: 'sku' | 'name';
  nameOf(item: T): string;
}

/** The values a record's texts (its labels, its notices) take. */
export const nameValues = <T>(naming: CatalogueNaming<T>, item: T): { sku: string } | { name: string } =>
  naming.nameVar === 'sku' ? { sku: naming.nameOf(item) } : { name: naming.nameOf(item) };

/** Texts and notices name a product by its SKU. */
export const PRODUCT_NAMING: CatalogueNaming<Product> = {
  texts: 'inventory.products',
  nameVar: 'sku',
  nameOf: (product) => product.sku,
};

/** Texts and notices name a supplier by its name. */
export const SUPPLIER_NAMING: CatalogueNaming<Supplier> = {
  texts: 'purchasing.suppliers',
  nameVar: 'name',
  nameOf: (supplier) => supplier.name,
};
