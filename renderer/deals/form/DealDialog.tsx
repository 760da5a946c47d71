import { Badge, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../../../shared/deals/contract';
import { useSession } from '../../auth/authStore';
import { CustomFieldInputs } from '../../custom-fields/CustomFieldInputs';
import { CustomFieldsReady } from '../../custom-fields/CustomFieldsReady';
import { customProblemErrors } from '../../custom-fields/customFormValues';
import { useLiveCustomFields } from '../../custom-fields/customFieldsStore';
import { call } from '../../bridge/call';
import { validationIssues } from '../../bridge/CallError';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { serverFieldErrors } from '../../forms/fieldErrors';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';
import { useUsersStore } from '../../users/usersStore';
import { DEAL_ERROR_OVERRIDES } from '../dealErrorText';
import { defaultCurrency } from '../money';
import { MoneyFields } from '../MoneyFields';
import { usePipelineStore } from '../pipelineStore';
import { ContactPicker } from './ContactPicker';
import { dealInputOf, dealPatchOf, emptyFormValues, formValuesOf, validateDealForm } from './dealFormValues';
import { useDealEditorStore } from './dealEditorStore';

/** Every currency the runtime knows, for the picker. */

/** The server names fields under `patch.` for an update; the form names them plainly. */
const serverErrors = (error: unknown) => ({
  ...serverFieldErrors(
    validationIssues(error).map((issue) => ({
      ...issue,
      path: issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path,
    })),
  ),
  ...customProblemErrors(error),
});

/** The currencies in use on the board, most deals first. */
function usedCurrencies(board: ReturnType<typeof usePipelineStore.getState>['board']): string[] {
  if (!board) return [];
  const counts = new Map<string, number>();
  for (const column of [...board.stages, board.won, board.lost]) {
    for (const total of column.totals)
      counts.set(total.currency, (counts.get(total.currency) ?? 0) + total.count);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([currency]) => currency);
}

function DealForm({ deal }: { deal: Deal | null }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const board = usePipelineStore((store) => store.board);
  const reload = usePipelineStore((store) => store.load);
  const users = useUsersStore((store) => store.users);
  const close = useDealEditorStore((store) => store.close);
  const openClose = useDealEditorStore((store) => store.openClose);
  const [deleting, setDeleting] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const customFields = useLiveCustomFields('deal');

  const stages = board?.stages.map((column) => column.stage) ?? [];
  const empty = deal
    ? formValuesOf(deal, customFields)
    : emptyFormValues(
        defaultCurrency(usedCurrencies(board), i18n.language),
        stages[0]?.id,
        user.id,
        customFields,
      );

  const form = useSubmitForm(empty, {
    validate: (values) => validateDealForm(values, customFields),
    send: async (values) => {
      const saved = deal
        ? await call('deals.update', {
            id: deal.id,
            version: deal.version,
            patch: dealPatchOf(deal, values, customFields),
          })
        : await call('deals.create', dealInputOf(values, customFields));
      void reload();
      notifications.show({
        color: 'teal',
        message: t(deal ? 'deals.form.saved' : 'deals.form.created', { title: saved.title }),
      });
      close();
    },
    fieldErrorsOf: serverErrors,
  });
  const { values, setValues, errors } = form;

  const stageOptions = stages.map((stage) => ({ value: String(stage.id), label: stage.name }));
  if (deal && !stageOptions.some((option) => option.value === String(deal.stageId))) {
    stageOptions.push({ value: String(deal.stageId), label: deal.stageName });
  }
  const owners = users.filter((u) => u.active).map((u) => ({ value: String(u.id), label: u.displayName }));
  if (!owners.some((owner) => owner.value === values.ownerId)) {
    owners.push({ value: values.ownerId, label: deal?.ownerName ?? user.displayName });
  }
  const stageProbability = stages.find((stage) => String(stage.id) === values.stageId)?.probability;

  const runAction = async (action: () => Promise<unknown>, done: string) => {
    setActionError(null);
    try {
      await action();
      void reload();
      notifications.show({ color: 'teal', message: done });
      close();
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <FormErrorAlert error={form.refusal} overrides={DEAL_ERROR_OVERRIDES} />}
        {actionError !== null && <FormErrorAlert error={actionError} overrides={DEAL_ERROR_OVERRIDES} />}
        {deal && deal.status !== 'open' && (
          <Group gap="xs">
            <Badge color={deal.status === 'won' ? 'teal' : 'red'}>{t(`deals.status.${deal.status}`)}</Badge>
            {deal.closeReason}
          </Group>
        )}
        <TextInput label={t('deals.fields.title')} required data-autofocus {...form.fieldProps('title')} />
        <MoneyFields
          amountLabel={t('deals.fields.amount')}
          currencyLabel={t('deals.fields.currency')}
          amount={form.fieldProps('amount')}
          currency={values.currency}
          onCurrencyChange={(currency) => setValues({ ...values, currency })}
          currencyError={errors.currency?.(t)}
        />
        <SimpleGrid cols={2} spacing="md">
          <Select
            label={t('deals.fields.stage')}
            data={stageOptions}
            allowDeselect={false}
            disabled={deal !== null && deal.status !== 'open'}
            value={values.stageId}
            onChange={(stageId) => stageId && setValues({ ...values, stageId })}
            error={errors.stageId?.(t)}
          />
          <TextInput
            label={t('deals.fields.probability')}
            inputMode="numeric"
            rightSection="%"
            placeholder={stageProbability === undefined ? undefined : String(stageProbability)}
            description={deal ? undefined : t('deals.form.probabilityHint')}
            {...form.fieldProps('probability')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            type="date"
            label={t('deals.fields.expectedClose')}
            {...form.fieldProps('expectedClose')}
          />
          <Select
            label={t('deals.fields.owner')}
            data={owners}
            allowDeselect={false}
            value={values.ownerId}
            onChange={(ownerId) => ownerId && setValues({ ...values, ownerId })}
            error={errors.ownerId?.(t)}
          />
        </SimpleGrid>
        <ContactPicker
          value={values.contact}
          onChange={(contact) => setValues({ ...values, contact })}
          error={errors.contactId?.(t) ?? errors.companyId?.(t)}
        />
        <CustomFieldInputs
          fields={customFields}
          values={values.custom}
          onChange={(custom) => setValues({ ...values, custom })}
          errors={errors}
        />
        <Group justify="space-between" mt="xs">
          <Group gap="xs">
            {deal?.status === 'open' && (
              <>
                <Button variant="light" color="teal" onClick={() => openClose(deal, 'won')}>
                  {t('deals.status.won')}
                </Button>
                <Button variant="light" color="red" onClick={() => openClose(deal, 'lost')}>
                  {t('deals.status.lost')}
                </Button>
              </>
            )}
            {deal && deal.status !== 'open' && (
              <Button
                variant="default"
                onClick={() =>
                  runAction(
                    () => call('deals.reopen', { id: deal.id, version: deal.version }),
                    t('deals.form.reopened', { title: deal.title }),
                  )
                }
              >
                {t('deals.form.reopen')}
              </Button>
            )}
            {deal && (
              <Button
                variant={deleting ? 'filled' : 'subtle'}
                color="red"
                onClick={() =>
                  deleting
                    ? runAction(
                        () => call('deals.delete', { id: deal.id, version: deal.version }),
                        t('deals.form.deleted', { title: deal.title }),
                      )
                    : setDeleting(true)
                }
              >
                {deleting ? t('deals.form.confirmDelete') : t('deals.form.delete')}
              </Button>
            )}
          </Group>
          <FormDialogButtons
            submitLabel={t(deal ? 'deals.form.save' : 'deals.form.create')}
            submitting={form.submitting}
            onCancel={close}
          />
        </Group>
      </Stack>
    </form>
  );
}

/** New deal, or one opened from the board or the list. */
export function DealDialog() {
  const { t } = useTranslation();
  const editing = useDealEditorStore((store) => store.editing);
  const close = useDealEditorStore((store) => store.close);
  const deal = editing === 'new' ? null : editing;
  return (
    <AppModal
      opened={editing !== null}
      onClose={close}
      title={t(deal ? 'deals.form.editTitle' : 'deals.form.newTitle')}
      size="lg"
    >
      {/* Keyed by the deal, so each opening starts from its own values. */}
      {editing !== null && (
        <CustomFieldsReady entity="deal">
          <DealForm key={deal ? `${deal.id}:${deal.version}` : 'new'} deal={deal} />
        </CustomFieldsReady>
      )}
    </AppModal>
  );
}
