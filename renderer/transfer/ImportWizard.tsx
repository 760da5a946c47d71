import { Stepper } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRun } from '../../shared/contacts/transfer-contract';
import { AppModal } from '../ui/AppModal';
import { ImportColumnsStep } from './ImportColumnsStep';
import { ImportFileStep } from './ImportFileStep';
import { ImportRunStep } from './ImportRunStep';
import { ImportSummaryStep } from './ImportSummaryStep';

type Step =
  | { kind: 'file' }
  | { kind: 'columns'; uploadId: string; preview: ImportPreview }
  | { kind: 'run'; importId: number; fileName: string }
  | { kind: 'summary'; run: ImportRun };

const STEP_INDEX: Record<Step['kind'], number> = { file: 0, columns: 1, run: 2, summary: 3 };

/**
 * Import of a CSV or vCard file: choose it, map its columns and decide on duplicates, watch it
 * run (it goes on in the background if the dialog is closed), then read the summary and undo.
 */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const onEnded = useCallback((run: ImportRun) => setStep({ kind: 'summary', run }), []);

  const close = () => {
    // A running import goes on in the background; reopening the wizard shows it again.
    if (step.kind !== 'run') setStep({ kind: 'file' });
    onClose();
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('transfer.wizard.title')} size="xl">
      <Stepper active={STEP_INDEX[step.kind]} size="sm" mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label={t('transfer.wizard.steps.file')} />
        <Stepper.Step label={t('transfer.wizard.steps.columns')} />
        <Stepper.Step label={t('transfer.wizard.steps.run')} />
        <Stepper.Step label={t('transfer.wizard.steps.summary')} />
      </Stepper>
      {step.kind === 'file' && (
        <ImportFileStep onPreview={(uploadId, preview) => setStep({ kind: 'columns', uploadId, preview })} />
      )}
      {step.kind === 'columns' && (
        <ImportColumnsStep
          uploadId={step.uploadId}
          preview={step.preview}
          onBack={() => setStep({ kind: 'file' })}
          onStarted={(importId) => setStep({ kind: 'run', importId, fileName: step.preview.fileName })}
        />
      )}
      {step.kind === 'run' && (
        <ImportRunStep importId={step.importId} fileName={step.fileName} onEnded={onEnded} />
      )}
      {step.kind === 'summary' && (
        <ImportSummaryStep run={step.run} onAnother={() => setStep({ kind: 'file' })} onClose={close} />
      )}
    </AppModal>
  );
}
