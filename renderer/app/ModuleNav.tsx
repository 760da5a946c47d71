import { NavLink, Stack, Text } from '@mantine/core';
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
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MODULES, moduleTextKeys, type ModuleId } from '../../shared/catalogue';

const MODULE_ICONS: Record<ModuleId, Icon> = {
  contacts: IconAddressBook,
  workorders: IconTool,
  inventory: IconBoxSeam,
  calls: IconHeadset,
  remote: IconDeviceDesktopShare,
  orders: IconReceipt,
  knowledge: IconBook,
  installation: IconTruckDelivery,
};

/** The modules that have screens; the others are listed as coming. */
const MODULE_PATHS: Partial<Record<ModuleId, string>> = { contacts: '/contacts' };

export function ModuleNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const available = MODULES.filter((module) => MODULE_PATHS[module]);
  const coming = MODULES.filter((module) => !MODULE_PATHS[module]);

  return (
    <Stack gap={2} component="nav" aria-label={t('nav.label')}>
      {available.map((module) => {
        const path = MODULE_PATHS[module]!;
        const ModuleIcon = MODULE_ICONS[module];
        return (
          <NavLink
            key={module}
            component={Link}
            to={path}
            label={t(moduleTextKeys(module).name)}
            leftSection={<ModuleIcon size={18} stroke={1.7} />}
            active={pathname.startsWith(path)}
            variant="light"
            fw={600}
          />
        );
      })}
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="lg" pb={4}>
        {t('nav.coming')}
      </Text>
      {coming.map((module) => {
        const ModuleIcon = MODULE_ICONS[module];
        return (
          <NavLink
            key={module}
            label={t(moduleTextKeys(module).name)}
            leftSection={<ModuleIcon size={18} stroke={1.5} />}
            disabled
          />
        );
      })}
    </Stack>
  );
}
