import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconBuildingStore,
  IconCertificate,
  IconDeviceDesktopShare,
  IconForms,
  IconListDetails,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/authStore';
import { mayOpenPage, PAGE_PATHS, type AdminPage } from './access';

const PAGE_ICONS: Record<AdminPage, Icon> = {
  users: IconUsersGroup,
  settings: IconBuildingStore,
  fields: IconForms,
  remoteTools: IconDeviceDesktopShare,
  license: IconCertificate,
  plan: IconListDetails,
};

const PAGE_LABELS = {
  users: 'nav.pages.users',
  settings: 'nav.pages.settings',
  fields: 'customFields.page.title',
  remoteTools: 'remote.settings.title',
  license: 'nav.pages.license',
  plan: 'nav.pages.plan',
} as const satisfies Record<AdminPage, string>;

/** The sidebar's company section, for those who manage accounts and the licence. */
export function AdminNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { user } = useSession();
  if (!mayOpenPage(user.role, 'users')) return null;
  const pages: AdminPage[] = ['users', 'settings', 'fields', 'remoteTools', 'license', 'plan'];

  return (
    <Stack gap={2} component="nav" aria-label={t('nav.company')}>
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="lg" pb={4}>
        {t('nav.company')}
      </Text>
      {pages.map((page) => {
        const PageIcon = PAGE_ICONS[page];
        return (
          <NavLink
            key={page}
            component={Link}
            to={PAGE_PATHS[page]}
            label={t(PAGE_LABELS[page])}
            leftSection={<PageIcon size={18} stroke={1.7} />}
            active={pathname === PAGE_PATHS[page]}
            variant="light"
            fw={600}
          />
        );
      })}
    </Stack>
  );
}
