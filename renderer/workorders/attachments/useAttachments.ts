import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../shared/bridge';
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../../shared/workorders/attachments';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { errorMessage } from '../../i18n/errorMessages';
import { downloadFile, uploadFile } from '../../transfer/files';
import { withAttached, withoutRemoved, type AttachmentsState } from './attachmentsState';

/**
 * A work order's files, followed live, with what the card does to them: attach (each file sent,
 * then attached; a file over the limit refused before it is sent), save a copy, remove. Every
 * change, this window's own too, is loaded once: by its `workorder.attachmentsChanged` event.
 */
export function useAttachments(workOrderId: number) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<AttachmentsState>({ status: 'loading' });
  const [sending, setSending] = useState<{ key: number; name: string }[]>([]);
  const nextKey = useRef(0);

  const reload = useCallback(() => {
    call('workorders.attachments.list', { workOrderId }).then(
      ({ items }) => setState({ status: 'ready', items }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [workOrderId]);

  useEffect(reload, [reload]);
  useEffect(
    () =>
      onEvent('workorder.attachmentsChanged', (changed) => changed.workOrderId === workOrderId && reload()),
    [workOrderId, reload],
  );

  const failed = (fileName: string, message: string): void => {
    notifications.show({ color: 'red', title: fileName, message, autoClose: 8000 });
  };

  async function attachOne(file: PickedFile & { size: number }): Promise<void> {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      const limit = new Intl.NumberFormat(i18n.language).format(MAX_ATTACHMENT_BYTES / 1024 / 1024);
      failed(file.name, t('attachments.tooLarge', { limit }));
      return;
    }
    const key = nextKey.current++;
    setSending((files) => [...files, { key, name: file.name }]);
    try {
      const { uploadId } = await uploadFile(file);
      const added = await call('workorders.attachments.add', { workOrderId, uploadId });
      setState((current) => withAttached(current, added));
    } catch (error) {
      failed(file.name, errorMessage(error)(t));
    } finally {
      setSending((files) => files.filter((sent) => sent.key !== key));
    }
  }

  return {
    state,
    reload,
    /** The files on their way, for the progress rows. */
    sending,
    attach: (files: readonly (PickedFile & { size: number })[]) => Promise.all(files.map(attachOne)),
    async save(attachment: Attachment): Promise<void> {
      try {
        const { downloadId, fileName } = await call('workorders.attachments.download', { id: attachment.id });
        await downloadFile(downloadId, fileName);
      } catch (error) {
        failed(attachment.fileName, errorMessage(error)(t));
      }
    },
    async remove(attachment: Attachment): Promise<void> {
      try {
        await call('workorders.attachments.remove', { id: attachment.id });
        notifications.show({
          color: 'teal',
          message: t('attachments.removed', { name: attachment.fileName }),
        });
        setState((current) => withoutRemoved(current, attachment.id));
      } catch (error) {
        failed(attachment.fileName, errorMessage(error)(t));
      }
    },
  };
}
