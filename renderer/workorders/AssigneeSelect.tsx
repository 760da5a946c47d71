import { Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { AppModal } from '../ui/AppModal';
import { useUsersStore } from '../users/usersStore';
import { useWorkOrderAction } from './useWorkOrderAction';

const REASON_MAX = 500;
const NOBODY = '';

/** Who handles the work order; giving it to someone else asks why, for the thread. */
export function AssigneeSelect({ workOrder }: { workOrder: WorkOrder }) {
  const { t } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const { busy, run } = useWorkOrderAction();
  /** The assignee waiting for a reason: an id, or NOBODY. */
  const [pending, setPending] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const options = users
    .filter((user) => user.active || user.id === workOrder.assigneeId)
    .map((user) => ({ value: String(user.id), label: user.displayName }));
  if (
    workOrder.assigneeId !== null &&
    !options.some((option) => option.value === String(workOrder.assigneeId))
  )
    options.push({ value: String(workOrder.assigneeId), label: workOrder.assigneeName ?? '' });

  const assign = async (to: string, why?: string) =>
    run(
      () =>
        call('workorders.assign', {
          id: workOrder.id,
          version: workOrder.version,
          assigneeId: to === NOBODY ? null : Number(to),
          ...(why && { reason: why }),
        }),
      (saved) =>
        saved.assigneeName
          ? t('workorders.assign.assigned', { name: saved.assigneeName })
          : t('workorders.assign.unassigned'),
    );

  const choose = (to: string | null) => {
    const target = to ?? NOBODY;
    if (target === String(workOrder.assigneeId ?? NOBODY)) return;
    if (workOrder.assigneeId === null) void assign(target);
    else {
      setReason('');
      setReasonError(null);
      setPending(target);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (why === '') return setReasonError(t('workorders.assign.reasonRequired'));
    if (why.length > REASON_MAX) return setReasonError(t('validation.tooLong', { limit: REASON_MAX }));
    if (pending !== null && (await assign(pending, why))) setPending(null);
  };

  return (
    <>
      <Select
        label={t('workorders.fields.assignee')}
        data={[{ value: NOBODY, label: t('workorders.list.unassigned') }, ...options]}
        value={String(workOrder.assigneeId ?? NOBODY)}
        onChange={choose}
        allowDeselect={false}
        searchable
        disabled={busy}
      />
      <AppModal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('workorders.assign.reasonTitle', { number: workOrder.number })}
      >
        <form onSubmit={(event) => void confirm(event)} noValidate>
          <Stack gap="md">
            <Textarea
              label={t('workorders.assign.reason')}
              description={t('workorders.assign.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }
              }}
              error={reasonError}
              autosize
              minRows={2}
              data-autofocus
              required
            />
            <FormDialogButtons
              submitLabel={t('workorders.assign.confirm')}
              submitting={busy}
              onCancel={() => setPending(null)}
            />
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
