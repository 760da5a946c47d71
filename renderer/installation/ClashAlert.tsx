import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstallationClash } from '../../shared/installation/contract';
import { formatWindow } from './jobWindow';

interface ClashAlertProps {
  clashes: InstallationClash[];
  /** The zone of the job being booked, the clashes' windows are told in. */
  timeZone: string;
  onBookAnyway(): void;
  onPickAnother(): void;
  busy: boolean;
}

/** The technician's jobs in the way of this booking, with the choice to book anyway or move it. */
export function ClashAlert({ clashes, timeZone, onBookAnyway, onPickAnother, busy }: ClashAlertProps) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCalendarExclamation size={18} />}
      role="alert"
      title={t('installation.clash.title')}
    >
      <Text fz="sm" mb={6}>
        {t('installation.clash.explanation')}
      </Text>
      <List size="sm" mb="sm">
        {clashes.map((clash) => (
          <List.Item key={clash.id}>
            {formatWindow(clash, i18n.language, timeZone)} ·{' '}
            {clash.title === null
              ? t('installation.clash.otherBooking')
              : [clash.title, clash.customerName].filter(Boolean).join(' · ')}
          </List.Item>
        ))}
      </List>
      <Group gap="sm">
        <Button size="xs" color="orange" loading={busy} onClick={onBookAnyway}>
          {t('installation.clash.bookAnyway')}
        </Button>
        <Button size="xs" variant="default" onClick={onPickAnother}>
          {t('installation.clash.pickAnother')}
        </Button>
      </Group>
    </Alert>
  );
}
