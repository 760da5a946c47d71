import { Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrencyTotal } from '../../../shared/deals/contract';
import { formatAmount } from '../money';

/** A column's sum per currency; open stages also say what it is worth weighted by probability. */
export function ColumnTotals({ totals, weighted }: { totals: CurrencyTotal[]; weighted: boolean }) {
  const { t, i18n } = useTranslation();
  if (totals.length === 0) {
    return (
      <Text fz="xs" c="dimmed">
        {t('deals.board.noAmount')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {totals.map((total) => {
        const sum = (
          <Text key={total.currency} fz="xs" fw={600} data-testid="column-total">
            {formatAmount(total.amount, total.currency, i18n.language)}
          </Text>
        );
        return weighted ? (
          <Tooltip
            key={total.currency}
            label={t('deals.board.weighted', {
              amount: formatAmount(total.weighted, total.currency, i18n.language),
            })}
          >
            {sum}
          </Tooltip>
        ) : (
          sum
        );
      })}
    </Stack>
  );
}
