import {
  IconAddressBook,
  IconBook,
  IconBoxSeam,
  IconDeviceDesktopShare,
  IconHeadset,
  IconReceipt,
  IconTool,
  IconTruckDelivery,
  type Icon,
} from '@tabler/icons-react';
import type { ModuleId } from '../../shared/catalogue';

export const MODULE_ICONS: Record<ModuleId, Icon> = {
  contacts: IconAddressBook,
  workorders: IconTool,
  inventory: IconBoxSeam,
  calls: IconHeadset,
  remote: IconDeviceDesktopShare,
  orders: IconReceipt,
  knowledge: IconBook,
  installation: IconTruckDelivery,
};

/** Modules whose screens exist in this version; the others are sold but come in a later one. */
export const BUILT_MODULES: ReadonlySet<ModuleId> = new Set<ModuleId>([
  'contacts',
  'workorders',
  'inventory',
  'calls',
  'remote',
  'installation',
  'knowledge',
  'orders',
]);

/** Every module has its own address, so a locked one can explain itself when its URL is typed. */
export function modulePath(module: ModuleId): string {
  return `/${module}`;
}
