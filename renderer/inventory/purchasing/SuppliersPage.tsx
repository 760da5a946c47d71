import { IconBuildingWarehouse } from '@tabler/icons-react';
import { call } from '../../bridge/call';
import { SUPPLIER_NAMING } from '../catalogueNaming';
import { CatalogueListPage } from '../CatalogueListPage';
import { supplierErrorText } from './purchasingErrors';
import { SupplierDialog } from './SupplierDialog';
import { SupplierTable } from './SupplierTable';

/** `/inventory/suppliers`: who the company buys from, searched by name, active or archived. */
export function SuppliersPage() {
  return (
    <CatalogueListPage
      naming={SUPPLIER_NAMING}
      path="/inventory/suppliers"
      icon={IconBuildingWarehouse}
      createProcedure="suppliers.create"
      changedEvent="supplier.changed"
      load={(filter, cursor) => call('suppliers.list', { filter, cursor, limit: 50 })}
      setArchived={(supplier, archived) =>
        call('suppliers.setArchived', { id: supplier.id, version: supplier.version, archived })
      }
      errorText={supplierErrorText}
      table={(suppliers, actions) => <SupplierTable suppliers={suppliers} actions={actions} />}
      dialog={({ opened, item, onClose }) => (
        <SupplierDialog opened={opened} supplier={item} onClose={onClose} />
      )}
    />
  );
}
