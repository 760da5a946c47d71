import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StocktakeOverview } from '../../../shared/inventory/stocktake';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { isCallError } from '../../bridge/CallError';
import { errorMessage, type Translatable } from '../../i18n/errorMessages';
import { formatDateTime } from '../../i18n/formatDate';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useInventoryAccess } from '../useInventoryAccess';
import { CountLines, useLinesFilter } from './CountLines';
import { StocktakeStatusBadge } from './StocktakeStatusBadge';
import { useCounting } from './useCounting';

type Closing = 'post' | 'cancel';

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

/** A stocktake's count sheet: its header, its lines page by page (CountLines), Post and Cancel. */
export function StocktakeSheet({
  stocktake,
  onChanged,
}: {
  stocktake: StocktakeOverview;
  onChanged(): void;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const open = useInventoryAccess() === 'open';
  const counting = stocktake.status === 'counting' && open && mayCall(user.role, 'stocktakes.count');
  const closable = stocktake.status === 'counting' && open && mayCall(user.role, 'stocktakes.post');
  const lines = useLinesFilter(stocktake);
  const sheet = useCounting(stocktake.id, lines.key, onChanged);
  const [closing, setClosing] = useState<Closing | null>(null);
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
    } catch (error) {
      notifications.show({
        color: 'red',
        title: stocktake.number,
        message: stocktakeErrorText(error)(t),
      });
    }
    onChanged();
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
      <CountLines stocktake={stocktake} lines={lines} counting={sheet} editable={counting} />
      <ConfirmDialog
        subject={closing}
        title={(action) =>
          t(action === 'post' ? 'stock.sheet.postTitle' : 'stock.sheet.cancelTitle', {
            number: stocktake.number,
          })
        }
        message={(action) =>
          action === 'post'
            ? t('stock.sheet.postMessage', { count: stocktake.changingCount })
            : t('stock.sheet.cancelMessage')
        }
        confirmLabel={t(closing === 'cancel' ? 'stock.sheet.cancelConfirm' : 'stock.sheet.postConfirm')}
        onConfirm={close}
        onClose={() => setClosing(null)}
      />
    </Stack>
  );
}
