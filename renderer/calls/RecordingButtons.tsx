import { FileButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileMusic, IconMicrophone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_RECORDING_BYTES, RECORDING_EXTENSIONS, type Call } from '../../shared/calls/contract';
import { roleAtLeast } from '../../shared/roles';
import { useSession } from '../auth/authStore';
import { call as callProcedure } from '../bridge/call';
import { errorMessage } from '../i18n/errorMessages';
import { downloadFile, uploadFile } from '../transfer/files';
import { IconButton } from '../ui/IconButton';
import { recordingProblem } from './recordingFile';
import { useCallsOpen } from './useCallsAccess';

const ACCEPT = RECORDING_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/**
 * A call's recording: save a copy of it, or attach one to an ended call, as its agent, an admin
 * or the owner. The list shows the new recording through the call's `call.changed` event.
 */
export function RecordingButtons({ call }: { call: Call }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const open = useCallsOpen();
  const mayAttach =
    open && call.endedAt !== null && (call.agentId === user.id || roleAtLeast(user.role, 'admin'));
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

  if (call.recording) {
    const { fileName } = call.recording;
    return (
      <IconButton
        icon={IconFileMusic}
        size="sm"
        label={t('calls.recording.save', { name: fileName })}
        onClick={() => void save(fileName)}
      />
    );
  }
  if (!mayAttach) return null;
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
