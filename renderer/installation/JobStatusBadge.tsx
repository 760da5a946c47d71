import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstallationStatus } from '../../shared/installation/contract';

export const STATUS_COLORS: Record<InstallationStatus, string> = {
  scheduled: 'blue',
  inProgress: 'orange',
  done: 'teal',
  cancelled: 'gray',
};

export function JobStatusBadge({ status }: { status: InstallationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" tt="none">
      {t(`installation.status.${status}`)}
    </Badge>
  );
}
