import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stocktake } from '../../../shared/inventory/stocktake';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { isCallError } from '../../bridge/CallError';
import { errorMessage, type Translatable } from '../../i18n/errorMessages';
import { formatDateTime } from '../../i18n/formatDate';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useInventoryAccess } from '../useInventoryAccess';
import { parseCount, signed } from './quantities';
import { StocktakeStatusBadge } from './StocktakeStatusBadge';
import { useCounting } from './useCounting';

type Closing = 'post' | 'cancel';

/** Products whose stock posting changes: counted differently from what is on hand now. */
const changesOnPost = (stocktake: Stocktake) =>
  stocktake.lines.filter((line) => line.counted !== null && line.counted !== line.onHand).length;

const detail = (error: unknown, key: string): unknown =>
  isCallError(error) && error.code === 'VALIDATION' ? error.details?.[key] : undefined;

/** Why counts could not be saved or the stocktake posted or cancelled, naming the products in the way. */
function stocktakeErrorText(error: unknown): Translatable {
  const archived = detail(error, 'sku');
  if (typeof archived === 'string') return (t) => t('stock.sheet.archived', { sku: archived });
  const missing = detail(error, 'missing');
  if (Array.isArray(missing)) {
    const skus = missing.map((line: { sku?: unknown }) => String(line.sku)).join(', ');
    return (t) => t('stock.sheet.missing', { skus });
  }
  // A stale post or cancel, or a count sent after someone closed the stocktake.
  return errorMessage(error, { CONFLICT: (t) => t('stock.sheet.conflict') });
}

/** A stocktake's count sheet: a counted field per line (Tab to the next), differences, Post and Cancel. */
export function StocktakeSheet({
  stocktake,
  onChanged,
}: {
  stocktake: Stocktake;
  onChanged(saved?: Stocktake): void;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const open = useInventoryAccess() === 'open';
  const counting = stocktake.status === 'counting' && open && mayCall(user.role, 'stocktakes.count');
  const closable = stocktake.status === 'counting' && open && mayCall(user.role, 'stocktakes.post');
  const sheet = useCounting(stocktake, onChanged);
  const [closing, setClosing] = useState<Closing | null>(null);
  const number = new Intl.NumberFormat(i18n.language);
  const allCounted = stocktake.countedCount === stocktake.lineCount && !sheet.pending;

  const close = async (action: Closing) => {
    try {
      const saved = await call(action === 'post' ? 'stocktakes.post' : 'stocktakes.cancel', {
        id: stocktake.id,
        version: stocktake.version,
      });
      notifications.show({
        color: 'teal',
        message: t(action === 'post' ? 'stock.sheet.posted' : 'stock.sheet.cancelled', {
          number: saved.number,
        }),
      });
      onChanged(saved);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: stocktake.number,
        message: stocktakeErrorText(error)(t),
      });
      onChanged();
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={1} fz="h2" ff="monospace">
              {stocktake.number}
            </Title>
            <StocktakeStatusBadge status={stocktake.status} />
          </Group>
          <Text fz="sm" c="dimmed">
            {t('stock.sheet.startedBy', {
              name: stocktake.createdByName,
              at: formatDateTime(stocktake.createdAt, i18n.language),
            })}
            {stocktake.closedAt !== null &&
              ` · ${t(`stock.sheet.closedBy.${stocktake.status === 'posted' ? 'posted' : 'cancelled'}`, {
                name: stocktake.closedByName ?? '',
                at: formatDateTime(stocktake.closedAt, i18n.language),
              })}`}
          </Text>
          {stocktake.note && (
            <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {stocktake.note}
            </Text>
          )}
        </div>
        {closable && (
          <Group gap="sm">
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => setClosing('cancel')}
            >
              {t('stock.sheet.cancel')}
            </Button>
            <Button
              leftSection={<IconCheck size={16} />}
              disabled={!allCounted}
              onClick={() => setClosing('post')}
            >
              {t('stock.sheet.post')}
            </Button>
          </Group>
        )}
      </Group>
      <Text fz="sm" role="status">
        {sheet.saving
          ? t('stock.sheet.saving')
          : t('stock.sheet.progress', { counted: stocktake.countedCount, total: stocktake.lineCount })}
        {closable && !allCounted && ` · ${t('stock.sheet.countAll')}`}
      </Text>
      {sheet.error !== null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {stocktakeErrorText(sheet.error)(t)}
        </Alert>
      )}
      <Card withBorder radius="md" padding="xs">
        <Table verticalSpacing="xs" aria-label={t('stock.sheet.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inventory.fields.sku')}</Table.Th>
              <Table.Th>{t('inventory.fields.name')}</Table.Th>
              <Table.Th ta="right">{t('stock.sheet.expected')}</Table.Th>
              <Table.Th w={160}>{t('stock.sheet.counted')}</Table.Th>
              <Table.Th ta="right">{t('stock.sheet.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stocktake.lines.map((line) => {
              const text = sheet.drafts[line.id] ?? (line.counted === null ? '' : String(line.counted));
              const counted = parseCount(text);
              const difference = typeof counted === 'number' ? counted - line.expected : null;
              return (
                <Table.Tr key={line.id} bg={difference ? 'var(--mantine-color-yellow-light)' : undefined}>
                  <Table.Td ff="monospace" fz="sm">
                    {line.product.sku}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {line.product.name}
                    {stocktake.status === 'counting' && line.onHand !== line.expected && (
                      <Text fz="xs" c="dimmed">
                        {t('stock.sheet.movedSince', { onHand: number.format(line.onHand) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fz="sm">
                    {number.format(line.expected)} {line.product.unit}
                  </Table.Td>
                  <Table.Td>
                    {counting ? (
                      <TextInput
                        size="xs"
                        inputMode="numeric"
                        aria-label={t('stock.sheet.countedLabel', { sku: line.product.sku })}
                        value={text}
                        error={counted === 'invalid' ? t('stock.sheet.countInvalid') : undefined}
                        onChange={(event) => sheet.type(line.id, event.currentTarget.value)}
                        onBlur={() => void sheet.flush()}
                        onKeyDown={(event) => event.key === 'Enter' && void sheet.flush()}
                      />
                    ) : (
                      <Text fz="sm">{line.counted === null ? '—' : number.format(line.counted)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    fz="sm"
                    fw={difference ? 600 : undefined}
                    c={difference ? (difference < 0 ? 'red' : 'teal') : 'dimmed'}
                  >
                    {difference === null ? '' : difference === 0 ? '0' : signed(difference, number)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>
      <ConfirmDialog
        subject={closing}
        title={(action) =>
          t(action === 'post' ? 'stock.sheet.postTitle' : 'stock.sheet.cancelTitle', {
            number: stocktake.number,
          })
        }
        message={(action) =>
          action === 'post'
            ? t('stock.sheet.postMessage', { count: changesOnPost(stocktake) })
            : t('stock.sheet.cancelMessage')
        }
        confirmLabel={t(closing === 'cancel' ? 'stock.sheet.cancelConfirm' : 'stock.sheet.postConfirm')}
        onConfirm={close}
        onClose={() => setClosing(null)}
      />
    </Stack>
  );
}
