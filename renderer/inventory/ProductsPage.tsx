import { IconBoxSeam } from '@tabler/icons-react';
import { call } from '../bridge/call';
import { PRODUCT_NAMING } from './catalogueNaming';
import { CatalogueListPage } from './CatalogueListPage';
import { productErrorText } from './inventoryErrors';
import { ProductDialog } from './ProductDialog';
import { ProductTable } from './ProductTable';

/** `/inventory/products`: the catalogue, searched by SKU or name, with its active and archived products. */
export function ProductsPage() {
  return (
    <CatalogueListPage
      naming={PRODUCT_NAMING}
      path="/inventory/products"
      icon={IconBoxSeam}
      createProcedure="products.create"
      changedEvent="product.changed"
      load={(filter, cursor) => call('products.list', { filter, cursor, limit: 50 })}
      setArchived={(product, archived) =>
        call('products.setArchived', { id: product.id, version: product.version, archived })
      }
      errorText={productErrorText}
      table={(products, actions) => <ProductTable products={products} actions={actions} />}
      dialog={({ opened, item, onClose }) => (
        <ProductDialog opened={opened} product={item} onClose={onClose} />
      )}
    />
  );
}
