import { Button, CopyButton, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../shared/license/price-list';
import { formatMoney } from './money';
import { quoteLineText } from './quoteLineText';

/** The quote as plain text, to paste into a message to the vendor. */
function quoteAsText(quote: Quote, t: TFunction, language: string): string {
  const money = (amount: number) => formatMoney(amount, quote, language);
  const lines = quote.lines.map((line) => {
    const text = quoteLineText(line);
    return `${text.item(t)} (${text.quantity(t)}): ${money(line.amount)}`;
  });
  return [...lines, `${t('plan.quote.total')}: ${money(quote.total)}`].join('\n');
}

/** The priced order, line by line, with its total. */
export function QuoteSummary({ quote }: { quote: Quote }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatMoney(amount, quote, i18n.language);

  return (
    <Stack gap="sm">
      <Table verticalSpacing="xs" aria-label={t('plan.quote.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plan.quote.item')}</Table.Th>
            <Table.Th ta="right">{t('plan.quote.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('plan.quote.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quote.lines.map((line) => {
            const text = quoteLineText(line);
            return (
              <Table.Tr key={line.item === 'addOn' ? line.addOn : line.item}>
                <Table.Td>
                  <Text fz="sm" fw={500}>
                    {text.item(t)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {text.quantity(t)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text fz="sm">{money(line.unitPrice)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text fz="sm">{money(line.amount)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{t('plan.quote.total')}</Table.Th>
            <Table.Th ta="right">
              <Text fz="lg" fw={700} aria-label={t('plan.quote.total')}>
                {money(quote.total)}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Group justify="space-between" gap="sm">
        <Text fz="xs" c="dimmed" maw={360}>
          {t('plan.quote.note')}
        </Text>
        <CopyButton value={quoteAsText(quote, t, i18n.language)}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant="default"
              leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              onClick={copy}
            >
              {copied ? t('plan.quote.copied') : t('plan.quote.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
