import { Alert, Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EXPORT_IDS } from '../../shared/contacts/transfer-contract';
import type { ProcedureInput } from '../../shared/contract';
import { call } from '../bridge/call';
import { listFilter, useContactListStore, type ContactListQuery } from '../contacts/contactListStore';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { AppModal } from '../ui/AppModal';
import { downloadFile } from './files';

type Format = 'csv' | 'vcard';

type Scope = Pick<ProcedureInput<'contacts.export'>, 'filter' | 'sort' | 'ids'>;

/** The list as the user sees it now: its view, its filters and its order. */
function listScope(query: ContactListQuery): Scope {
  return { filter: listFilter(query), sort: query.sort };
}

interface ExportDialogProps {
  opened: boolean;
  /** The selected contacts, in the list's order; the whole list as shown when left out. */
  ids?: readonly number[];
  onClose(): void;
}

/** Export of the current list, or of the selected contacts, to CSV (with a BOM for Excel if asked) or vCard. */
export function ExportDialog({ opened, ids, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const query = useContactListStore((store) => store.query);
  const [format, setFormat] = useState<Format>('csv');
  const [bom, setBom] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ count: number; file: string } | null>(null);
  const tooMany = ids !== undefined && ids.length > MAX_EXPORT_IDS;

  const close = () => {
    setDone(null);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tooMany) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await call('contacts.export', {
        ...(ids ? { ids: [...ids] } : listScope(query)),
        format,
        ...(format === 'csv' ? { bom } : {}),
      });
      if (await downloadFile(file.downloadId, file.fileName))
        setDone({ count: file.count, file: file.fileName });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('transfer.exportDialog.title')}>
      <form onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text fz="sm" c="dimmed">
            {ids
              ? t('contactSelection.exportScope', { count: ids.length })
              : t('transfer.exportDialog.scope', { view: t(`transfer.exportDialog.views.${query.view}`) })}
          </Text>
          {tooMany && (
            <Alert color="yellow" variant="light" role="alert">
              {t('contactSelection.tooMany', { count: ids.length, max: MAX_EXPORT_IDS })}
            </Alert>
          )}
          <Radio.Group
            label={t('transfer.exportDialog.format')}
            value={format}
            onChange={(value) => setFormat(value as Format)}
          >
            <Stack gap={6} mt={6}>
              <Radio value="csv" label={t('transfer.exportDialog.csv')} data-autofocus />
              <Radio value="vcard" label={t('transfer.exportDialog.vcard')} />
            </Stack>
          </Radio.Group>
          <Checkbox
            label={t('transfer.exportDialog.bom')}
            checked={bom}
            disabled={format !== 'csv'}
            onChange={(event) => setBom(event.currentTarget.checked)}
          />
          {done && (
            <Text fz="sm" c="green" role="status">
              {t('transfer.exportDialog.done', done)}
            </Text>
          )}
          <FormErrorAlert error={error} />
          <FormDialogButtons
            submitLabel={t('transfer.exportDialog.submit')}
            submitting={busy}
            submitDisabled={tooMany}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
