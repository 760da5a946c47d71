import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { StockLevel } from '../../../shared/inventory/stock';
import { call } from '../../bridge/call';
import { validationIssues } from '../../bridge/CallError';
import { serverFieldErrors, type FieldErrors } from '../../forms/fieldErrors';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { parseCorrection } from './quantities';

const NOTE_MAX = 500;

interface CorrectionValues {
  quantity: string;
  note: string;
}

function validate(values: CorrectionValues): FieldErrors {
  const errors: FieldErrors = {};
  if (parseCorrection(values.quantity) === null) errors.quantity = (t) => t('stock.correct.quantityInvalid');
  const note = values.note.trim();
  if (note === '') errors.note = (t) => t('stock.correct.noteRequired');
  else if (note.length > NOTE_MAX) errors.note = (t) => t('validation.tooLong', { limit: NOTE_MAX });
  return errors;
}

/** An admin's correction of one product's stock: a signed quantity and why. Enter saves. */
export function CorrectStockForm({ product, onDone }: { product: StockLevel['product']; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSubmitForm<CorrectionValues>(
    { quantity: '', note: '' },
    {
      validate,
      send: async (values) => {
        const movement = await call('stock.correct', {
          productId: product.id,
          quantity: parseCorrection(values.quantity)!,
          note: values.note.trim(),
        });
        notifications.show({
          color: 'teal',
          message: t('stock.correct.done', { sku: product.sku, onHand: movement.onHandAfter }),
        });
        form.reset();
        onDone();
      },
      fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
      refusalWithFieldErrors: true,
    },
  );
  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={form.refusal} />
        <TextInput
          label={t('stock.correct.quantity')}
          description={t('stock.correct.quantityHint')}
          inputMode="numeric"
          {...form.fieldProps('quantity')}
          data-autofocus
          required
        />
        <Textarea
          label={t('stock.correct.note')}
          autosize
          minRows={2}
          {...form.fieldProps('note')}
          onKeyDown={(event) => {
            // Enter saves, as in every form; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('stock.correct.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
