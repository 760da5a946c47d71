import { Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Deal, DealOutcome } from '../../shared/deals/contract';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import type { FieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { DEAL_ERROR_OVERRIDES } from './dealErrorText';
import { useDealEditorStore } from './form/dealEditorStore';
import { formatAmount } from './money';
import { usePipelineStore } from './pipelineStore';

function CloseDealForm({ deal, outcome }: { deal: Deal; outcome: DealOutcome }) {
  const { t, i18n } = useTranslation();
  const move = usePipelineStore((store) => store.move);
  const close = useDealEditorStore((store) => store.close);
  const form = useSubmitForm(
    { reason: '' },
    {
      validate: ({ reason }): FieldErrors =>
        outcome === 'lost' && reason.trim() === ''
          ? { reason: (tr) => tr('deals.close.reasonRequired') }
          : {},
      send: async ({ reason }) => {
        await move(deal, { kind: outcome }, reason.trim() || undefined);
        notifications.show({
          color: 'teal',
          message: t(`deals.close.done.${outcome}`, { title: deal.title }),
        });
        close();
      },
    },
  );

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <FormErrorAlert error={form.refusal} overrides={DEAL_ERROR_OVERRIDES} />}
        <Text fz="sm">
          {deal.title} · {formatAmount(deal.amount, deal.currency, i18n.language)}
        </Text>
        <Textarea
          label={t(outcome === 'lost' ? 'deals.close.lostReason' : 'deals.close.wonReason')}
          description={t(outcome === 'lost' ? 'deals.close.lostHint' : 'deals.close.wonHint')}
          required={outcome === 'lost'}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={500}
          data-autofocus
          onKeyDown={(event) => {
            // Enter closes the deal; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          {...form.fieldProps('reason')}
        />
        <FormDialogButtons
          submitLabel={t(`deals.close.submit.${outcome}`)}
          submitting={form.submitting}
          onCancel={close}
        />
      </Stack>
    </form>
  );
}

/** Won or lost (a card dropped there, or the deal dialog's buttons): asks why, then closes the deal. */
export function CloseDealDialog() {
  const { t } = useTranslation();
  const closing = useDealEditorStore((store) => store.closing);
  const close = useDealEditorStore((store) => store.close);
  return (
    <AppModal
      opened={closing !== null}
      onClose={close}
      title={closing ? t(`deals.close.title.${closing.outcome}`) : ''}
      size="md"
    >
      {closing && <CloseDealForm key={`${closing.deal.id}:${closing.outcome}`} {...closing} />}
    </AppModal>
  );
}
