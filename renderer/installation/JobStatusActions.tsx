import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSTALLATION_STATUS_MOVES,
  type InstallationJob,
  type InstallationStatus,
} from '../../shared/installation/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { announceInstallationChanged } from './installationChanges';
import { jobFieldsOf, jobValuesOf, validateJob, type JobFormValues } from './jobFormValues';

/** The word of each move on its button, by the status it moves to. */
const ACTION_KEYS = {
  scheduled: 'installation.actions.reinstate',
  inProgress: 'installation.actions.start',
  done: 'installation.actions.complete',
  cancelled: 'installation.actions.cancel',
} as const;

interface JobStatusActionsProps {
  job: InstallationJob;
  /** The form as edited: saved first, so a ticked checklist and the notes go with the move. */
  values: JobFormValues;
  onNotesMissing(): void;
  onInvalid(): void;
  /** The job was changed meanwhile (CONFLICT): the form offers to load the newer version. */
  onStale(): void;
  onDone(): void;
}

/** Start, complete, cancel, reopen: the moves open to the job from where it stands. */
export function JobStatusActions({
  job,
  values,
  onNotesMissing,
  onInvalid,
  onStale,
  onDone,
}: JobStatusActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<InstallationStatus | null>(null);
  const [error, setError] = useState<unknown>(null);

  const move = async (status: InstallationStatus) => {
    const notes = values.completionNotes.trim();
    if (status === 'done' && notes === '') return onNotesMissing();
    if (Object.keys(validateJob(values)).length > 0) return onInvalid();
    setBusy(status);
    setError(null);
    try {
      const fields = jobFieldsOf(values, job.timeZone, false);
      const edited =
        JSON.stringify(fields) !== JSON.stringify(jobFieldsOf(jobValuesOf(job), job.timeZone, false));
      const current = edited
        ? await call('installation.update', { id: job.id, version: job.version, patch: fields })
        : job;
      const moved = await call('installation.setStatus', {
        id: job.id,
        version: current.version,
        status,
        ...(status === 'done' && { completionNotes: notes }),
      });
      announceInstallationChanged(moved);
      notifications.show({
        color: 'teal',
        message: t(`installation.actions.moved.${status}`, { title: moved.title }),
      });
      onDone();
    } catch (caught) {
      if (isCallError(caught) && caught.code === 'CONFLICT') onStale();
      else setError(caught);
      setBusy(null);
    }
  };

  const moves = INSTALLATION_STATUS_MOVES[job.status];
  return (
    <>
      <FormErrorAlert error={error} />
      <Group gap="sm">
        {moves.map((status) => (
          <Button
            key={status}
            variant={status === 'done' ? 'filled' : 'default'}
            color={status === 'done' ? 'teal' : undefined}
            loading={busy === status}
            disabled={busy !== null && busy !== status}
            onClick={() => void move(status)}
          >
            {t(
              job.status === 'done' && status === 'inProgress'
                ? 'installation.actions.reopen'
                : ACTION_KEYS[status],
            )}
          </Button>
        ))}
      </Group>
    </>
  );
}
