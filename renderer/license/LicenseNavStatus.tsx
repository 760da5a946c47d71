import { Group, Paper, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LicenseStatus } from '../../shared/license/contract';
import { TRIAL_DAYS } from '../../shared/license/trial';
import { mayOpenPage, PAGE_PATHS } from '../app/access';
import { useSession } from '../auth/authStore';
import { licenseEnded } from '../modules/moduleAccess';
import { useLicenseStore } from './licenseStore';

function endedLabel(status: LicenseStatus) {
  if (status.licenseId === null) return 'license.nav.trialEnded' as const;
  return status.kind === 'expired' ? ('license.nav.expired' as const) : ('license.nav.invalid' as const);
}

function EndedStatus({ status }: { status: LicenseStatus }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <IconLock size={18} color="var(--mantine-color-red-text)" style={{ flex: 'none' }} />
      <Stack gap={0} miw={0}>
        <Text fz="sm" fw={600}>
          {t(endedLabel(status))}
        </Text>
        <Text fz="xs" c="red">
          {t('license.nav.locked')}
        </Text>
      </Stack>
    </Group>
  );
}

function TrialStatus({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text fz="sm" fw={600}>
          {t('license.trial.name')}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('license.trial.daysLeft', { count: daysLeft })}
        </Text>
      </Group>
      <Progress
        mt={8}
        size="sm"
        value={(100 * (TRIAL_DAYS - daysLeft)) / TRIAL_DAYS}
        color={daysLeft <= 7 ? 'orange' : undefined}
        aria-label={t('license.trial.progress')}
      />
    </>
  );
}

/** The foot of the sidebar: how much of the trial is left, or that the licence has ended. */
export function LicenseNavStatus() {
  const { user } = useSession();
  const status = useLicenseStore((store) => store.status);
  if (status === null || status.kind === 'licensed') return null;

  const target = mayOpenPage(user.role, 'license') ? PAGE_PATHS.license : PAGE_PATHS.plan;
  return (
    <UnstyledButton component={Link} to={target} display="block">
      <Paper withBorder radius="md" p="sm">
        {licenseEnded(status) ? (
          <EndedStatus status={status} />
        ) : (
          <TrialStatus daysLeft={status.trialDaysLeft ?? 0} />
        )}
      </Paper>
    </UnstyledButton>
  );
}
