import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconCalendarTime,
  IconClipboardList,
  IconHome,
  IconLock,
  IconPackages,
  IconTargetArrow,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MODULES, moduleTextKeys, type ModuleId } from '../../shared/catalogue';
import { useLicenseStore } from '../license/licenseStore';
import { groupModules } from '../modules/moduleAccess';
import { BUILT_MODULES, MODULE_ICONS, modulePath } from '../modules/moduleCatalogue';

function SectionLabel({ children }: { children: string }) {
  return (
    <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="lg" pb={4}>
      {children}
    </Text>
  );
}

type Kind = 'usable' | 'comingLater' | 'locked';

function ModuleLink({ module, kind }: { module: ModuleId; kind: Kind }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const path = modulePath(module);
  const ModuleIcon = MODULE_ICONS[module];
  const usable = kind === 'usable';
  return (
    <NavLink
      component={Link}
      to={path}
      label={t(moduleTextKeys(module).name)}
      leftSection={<ModuleIcon size={18} stroke={usable ? 1.7 : 1.5} />}
      rightSection={
        kind === 'locked' ? <IconLock size={14} role="img" aria-label={t('nav.lockedIcon')} /> : null
      }
      active={pathname === path || pathname.startsWith(`${path}/`)}
      variant="light"
      fw={usable ? 600 : 400}
      c={usable ? undefined : 'dimmed'}
    />
  );
}

/** Screens of the customer module beside its list: home first, the others after the modules. */
interface PageEntry {
  path: string;
  label: 'dashboard.nav' | 'followups.nav' | 'deals.nav' | 'stock.nav' | 'stock.stocktakesNav';
  icon: Icon;
}
const HOME: PageEntry = { path: '/', label: 'dashboard.nav', icon: IconHome };
const CUSTOMER_PAGES: PageEntry[] = [
  { path: '/followups', label: 'followups.nav', icon: IconCalendarTime },
  { path: '/pipeline', label: 'deals.nav', icon: IconTargetArrow },
];
/** Screens of inventory beside its product list. */
const INVENTORY_PAGES: PageEntry[] = [
  { path: '/inventory/stock', label: 'stock.nav', icon: IconPackages },
  { path: '/inventory/stocktakes', label: 'stock.stocktakesNav', icon: IconClipboardList },
];

function PageLink({ page }: { page: PageEntry }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const PageIcon = page.icon;
  return (
    <NavLink
      component={Link}
      to={page.path}
      label={t(page.label)}
      leftSection={<PageIcon size={18} stroke={1.7} />}
      active={pathname === page.path || (page.path !== '/' && pathname.startsWith(`${page.path}/`))}
      variant="light"
      fw={600}
    />
  );
}

/**
 * The modules: those the licence opens first, then those it covers that come in a later
 * version, then those it lacks, each with a lock (opening one explains what unlocks it).
 */
export function ModuleNav() {
  const { t } = useTranslation();
  const status = useLicenseStore((store) => store.status);
  // Until the licence is known, only the built modules show: no lock flashes by.
  const groups = status
    ? groupModules(status, BUILT_MODULES)
    : { usable: MODULES.filter((module) => BUILT_MODULES.has(module)), comingLater: [], locked: [] };
  const customers = groups.usable.includes('contacts');

  return (
    <Stack gap={2} component="nav" aria-label={t('nav.label')}>
      {customers && <PageLink page={HOME} />}
      {groups.usable.map((module) => (
        <ModuleLink key={module} module={module} kind="usable" />
      ))}
      {customers && CUSTOMER_PAGES.map((page) => <PageLink key={page.path} page={page} />)}
      {groups.usable.includes('inventory') &&
        INVENTORY_PAGES.map((page) => <PageLink key={page.path} page={page} />)}
      {groups.comingLater.length > 0 && <SectionLabel>{t('nav.comingLater')}</SectionLabel>}
      {groups.comingLater.map((module) => (
        <ModuleLink key={module} module={module} kind="comingLater" />
      ))}
      {groups.locked.length > 0 && <SectionLabel>{t('nav.locked')}</SectionLabel>}
      {groups.locked.map((module) => (
        <ModuleLink key={module} module={module} kind="locked" />
      ))}
    </Stack>
  );
}
