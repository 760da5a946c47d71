import { Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { LicenseStatus } from '../../shared/license/contract';
import { mayCall, PAGE_PATHS } from '../app/access';
import { useSession } from '../auth/authStore';
import type { Translatable } from '../i18n/errorMessages';
import { formatCalendarDay } from '../i18n/formatDate';
import { licenseEnded } from '../modules/moduleAccess';
import { useLicenseStore } from './licenseStore';
import { licenseRefusalText } from './refusalText';

/** The strip's height, added to the header's while it shows. */
export const ENDED_BANNER_HEIGHT = 44;

function bannerTitle(status: LicenseStatus, language: string): Translatable {
  if (status.refusal && status.refusal.code !== 'LICENSE_EXPIRED') {
    return licenseRefusalText(status.refusal.code, status.refusal.details, language).title;
  }
  if (status.expiresAt !== null) {
    const day = formatCalendarDay(status.expiresAt, language);
    return (t) => t('license.ended.expiredOn', { day });
  }
  return (t) => t('license.ended.trial');
}

export function useEndedLicense(): LicenseStatus | null {
  const status = useLicenseStore((store) => store.status);
  return status !== null && licenseEnded(status) ? status : null;
}

/**
 * A strip under the header of every screen once the trial or licence has ended: what happened,
 * that the data stays readable, and (for the owner) the way to the licence page.
 */
export function LicenseEndedBanner({ status }: { status: LicenseStatus }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const owner = mayCall(user.role, 'license.activate');

  return (
    <Group
      role="alert"
      h={ENDED_BANNER_HEIGHT}
      px="lg"
      gap="sm"
      wrap="nowrap"
      bg="var(--mantine-color-orange-light)"
      c="var(--mantine-color-orange-light-color)"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <IconLock size={18} style={{ flex: 'none' }} />
      <Text fz="sm" fw={650} style={{ flex: 'none' }}>
        {bannerTitle(status, i18n.language)(t)}
      </Text>
      <Text fz="sm" truncate style={{ flex: 1 }}>
        {owner ? t('license.ended.readableOwner') : t('license.ended.readableOthers')}
      </Text>
      {owner && pathname !== PAGE_PATHS.license && (
        <Button
          size="compact-sm"
          color="orange"
          component={Link}
          to={PAGE_PATHS.license}
          style={{ flex: 'none' }}
        >
          {t('license.ended.activate')}
        </Button>
      )}
    </Group>
  );
}
