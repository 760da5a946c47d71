import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StocktakeStatus } from '../../../shared/inventory/stocktake';

const COLORS: Record<StocktakeStatus, string> = { counting: 'blue', posted: 'teal', cancelled: 'gray' };

export function StocktakeStatusBadge({ status }: { status: StocktakeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none">
      {t(`stock.statuses.${status}`)}
    </Badge>
  );
}
