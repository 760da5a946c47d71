import { FileButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileMusic, IconMicrophone, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RECORDING_BYTES, RECORDING_EXTENSIONS, type Call } from '../../shared/calls/contract';
import { useSession } from '../auth/authStore';
import { call as callProcedure } from '../bridge/call';
import { errorMessage } from '../i18n/errorMessages';
import { downloadFile, uploadFile } from '../transfer/files';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { IconButton } from '../ui/IconButton';
import { mayChangeEndedCall } from './callPermissions';
import { recordingProblem } from './recordingFile';
import { useCallsOpen } from './useCallsAccess';

const ACCEPT = RECORDING_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/**
 * A call's recording: save a copy of it; attach one to an ended call, or remove it after asking,
 * as its agent, an admin or the owner. The list shows the change through the call's `call.changed` event.
 */
export function RecordingButtons({ call }: { call: Call }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const open = useCallsOpen();
  const mayChange = open && mayChangeEndedCall(call, user);
  const [removing, setRemoving] = useState<string | null>(null);
  const failed = (fileName: string, message: string) =>
    notifications.show({ color: 'red', title: fileName, message, autoClose: 8000 });

  async function attach(file: File | null): Promise<void> {
    if (!file) return;
    const problem = recordingProblem(file);
    if (problem === 'tooLarge') {
      const limit = new Intl.NumberFormat(i18n.language).format(MAX_RECORDING_BYTES / 1024 / 1024);
      failed(file.name, t('calls.recording.tooLarge', { limit }));
      return;
    }
    if (problem === 'notAudio') {
      failed(file.name, t('calls.recording.notAudio', { extensions: RECORDING_EXTENSIONS.join(', ') }));
      return;
    }
    try {
      const { uploadId } = await uploadFile(file);
      await callProcedure('calls.recording.attach', { callId: call.id, uploadId });
      notifications.show({ color: 'teal', message: t('calls.recording.attached', { name: file.name }) });
    } catch (error) {
      failed(file.name, errorMessage(error)(t));
    }
  }

  async function save(fileName: string): Promise<void> {
    try {
      const { downloadId } = await callProcedure('calls.recording.download', { callId: call.id });
      await downloadFile(downloadId, fileName);
    } catch (error) {
      failed(fileName, errorMessage(error)(t));
    }
  }

  async function remove(fileName: string): Promise<void> {
    try {
      await callProcedure('calls.recording.remove', { callId: call.id });
      notifications.show({ color: 'teal', message: t('calls.recording.removed', { name: fileName }) });
    } catch (error) {
      failed(fileName, errorMessage(error)(t));
    }
  }

  if (call.recording) {
    const { fileName } = call.recording;
    return (
      <>
        <IconButton
          icon={IconFileMusic}
          size="sm"
          label={t('calls.recording.save', { name: fileName })}
          onClick={() => void save(fileName)}
        />
        {mayChange && (
          <IconButton
            icon={IconTrash}
            color="red"
            size="sm"
            label={t('calls.recording.remove', { name: fileName })}
            onClick={() => setRemoving(fileName)}
          />
        )}
        <ConfirmDialog
          subject={removing}
          title={() => t('calls.recording.removeTitle')}
          message={(name) => t('calls.recording.removeMessage', { name, number: call.number })}
          confirmLabel={t('calls.recording.removeConfirm')}
          onConfirm={remove}
          onClose={() => setRemoving(null)}
        />
      </>
    );
  }
  if (!mayChange) return null;
  return (
    <FileButton accept={ACCEPT} onChange={(file) => void attach(file)}>
      {(props) => (
        <IconButton
          {...props}
          icon={IconMicrophone}
          size="sm"
          label={t('calls.recording.attach', { number: call.number })}
        />
      )}
    </FileButton>
  );
}
