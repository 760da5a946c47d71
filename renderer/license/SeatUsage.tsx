import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active accounts against the seats of the licence, with a bar that turns red when full. */
export function SeatUsage({ used, total, width = 220 }: { used: number; total: number; width?: number }) {
  const { t } = useTranslation();
  const full = used >= total;
  return (
    <Stack gap={6} w={width}>
      <Text fz="sm" fw={500}>
        {t('license.seats.usage', { used, total })}
      </Text>
      <Progress
        value={Math.min(100, (100 * used) / total)}
        color={full ? 'red' : undefined}
        size="sm"
        aria-label={t('license.seats.label')}
      />
    </Stack>
  );
}
