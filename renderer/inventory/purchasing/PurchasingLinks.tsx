import { Button } from '@mantine/core';
import { IconBoxSeam, IconBuildingWarehouse, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const SECTIONS = [
  { path: '/inventory/products', label: 'purchasing.nav.products', icon: IconBoxSeam },
  { path: '/inventory/suppliers', label: 'purchasing.nav.suppliers', icon: IconBuildingWarehouse },
  { path: '/inventory/purchase-orders', label: 'purchasing.nav.orders', icon: IconTruckDelivery },
] as const;

/** Links from one inventory page to the products, suppliers and purchase orders (not to itself). */
export function PurchasingLinks({ current }: { current: (typeof SECTIONS)[number]['path'] }) {
  const { t } = useTranslation();
  return SECTIONS.filter((section) => section.path !== current).map(({ path, label, icon: Icon }) => (
    <Button key={path} variant="default" component={Link} to={path} leftSection={<Icon size={16} />}>
      {t(label)}
    </Button>
  ));
}
