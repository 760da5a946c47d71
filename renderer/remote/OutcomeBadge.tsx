import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RemoteOutcome } from '../../shared/remote/contract';

const OUTCOME_COLORS: Record<RemoteOutcome, string> = {
  solved: 'teal',
  followUp: 'yellow',
  notSolved: 'red',
  noConnection: 'gray',
};

/** How a session ended; a running one says so. */
export function OutcomeBadge({ outcome, running }: { outcome: RemoteOutcome | null; running: boolean }) {
  const { t } = useTranslation();
  if (running) {
    return (
      <Badge variant="dot" color="teal">
        {t('remote.session.running')}
      </Badge>
    );
  }
  if (outcome === null) return null;
  return (
    <Badge variant="light" color={OUTCOME_COLORS[outcome]}>
      {t(`remote.outcomes.${outcome}`)}
    </Badge>
  );
}
