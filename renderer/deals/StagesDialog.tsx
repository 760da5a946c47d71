import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_STAGES } from '../../shared/deals/contract';
import { call } from '../bridge/call';
import { isCallError, validationIssues } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import type { ErrorMessageOverrides } from '../i18n/errorMessages';
import { AppModal } from '../ui/AppModal';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { usePipelineStore } from './pipelineStore';

interface StageRow {
  /** Stable across reordering; a stage's id, or a new row's own number. */
  key: string;
  id?: number;
  name: string;
  probability: string;
}

const OVERRIDES: ErrorMessageOverrides = {
  CONFLICT: (t) => t('deals.stages.conflict'),
};

/** Why a save was refused, naming the stage that still holds deals. */
function refusalOverrides(error: unknown): ErrorMessageOverrides {
  if (!isCallError(error) || error.code !== 'STAGE_HAS_DEALS') return OVERRIDES;
  const { name, openDeals } = error.details ?? {};
  return { ...OVERRIDES, STAGE_HAS_DEALS: (t) => t('deals.stages.hasDeals', { name, count: openDeals }) };
}

const probabilityOf = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text) : NaN);

function rowIssues(rows: StageRow[]): Record<string, 'required' | 'duplicate' | 'probability'> {
  const issues: Record<string, 'required' | 'duplicate' | 'probability'> = {};
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const name = row.name.trim().toLocaleLowerCase();
    if (name === '') issues[`${index}.name`] = 'required';
    else if (seen.has(name)) issues[`${index}.name`] = 'duplicate';
    seen.add(name);
    const probability = probabilityOf(row.probability);
    if (!(probability >= 0 && probability <= 100)) issues[`${index}.probability`] = 'probability';
  });
  return issues;
}

/** Owners and admins shape the pipeline: add, rename, reorder and remove its stages. */
export function StagesDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('deals.stages.title')} size="lg">
      {/* Mounted per opening, so it always starts from the stages as they are now. */}
      {opened && <StagesForm onClose={onClose} />}
    </AppModal>
  );
}

function StagesForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const reloadBoard = usePipelineStore((store) => store.load);
  const [version, setVersion] = useState<number | null>(null);
  const [rows, setRows] = useState<StageRow[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [issues, setIssues] = useState<ReturnType<typeof rowIssues>>({});
  const [saving, setSaving] = useState(false);
  const [nextKey, setNextKey] = useState(1);

  /** Each load (the first, a retry, after a conflict) asks for the stages as they are now. */
  const [loads, setLoads] = useState(0);
  const load = () => setLoads((n) => n + 1);

  useEffect(() => {
    let current = true;
    call('deals.stages.list', {}).then(
      (list) => {
        if (!current) return;
        setRows(
          list.stages.map((s) => ({
            key: `s${s.id}`,
            id: s.id,
            name: s.name,
            probability: String(s.probability),
          })),
        );
        setVersion(list.version);
      },
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [loads]);

  const change = (index: number, patch: Partial<StageRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const swap = (index: number, other: number) => {
    const next = [...rows];
    [next[index], next[other]] = [next[other]!, next[index]!];
    setRows(next);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = rowIssues(rows);
    setIssues(found);
    setRefusal(null);
    if (Object.keys(found).length > 0 || version === null) return;
    setSaving(true);
    try {
      const stages = rows.map((row) => ({
        ...(row.id !== undefined && { id: row.id }),
        name: row.name.trim(),
        probability: probabilityOf(row.probability),
      }));
      await call('deals.stages.save', { version, stages });
      void reloadBoard();
      notifications.show({ color: 'teal', message: t('deals.stages.saved') });
      onClose();
    } catch (error) {
      setRefusal(error);
      const named = validationIssues(error).filter((issue) => issue.path[0] === 'stages');
      if (named.length > 0) {
        setIssues(
          Object.fromEntries(named.map((issue) => [issue.path.slice(1).join('.'), 'duplicate' as const])),
        );
      }
      if (isCallError(error) && error.code === 'CONFLICT') load();
    } finally {
      setSaving(false);
    }
  };

  const issueText = (kind: string | undefined) =>
    kind === 'required'
      ? t('validation.required')
      : kind === 'duplicate'
        ? t('deals.stages.duplicate')
        : kind === 'probability'
          ? t('deals.form.probabilityInvalid')
          : undefined;

  const retry = () => {
    setLoadError(null);
    load();
  };

  return (
    <>
      {loadError !== null ? (
        <ErrorState error={loadError} onRetry={retry} />
      ) : version === null ? (
        <CenteredLoader />
      ) : (
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <Text fz="sm" c="dimmed">
              {t('deals.stages.hint')}
            </Text>
            {refusal !== null && <FormErrorAlert error={refusal} overrides={refusalOverrides(refusal)} />}
            {rows.map((row, index) => (
              <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  flex={1}
                  aria-label={t('deals.stages.name', { position: index + 1 })}
                  value={row.name}
                  maxLength={60}
                  onChange={(e) => change(index, { name: e.currentTarget.value })}
                  error={issueText(issues[`${index}.name`])}
                  data-autofocus={index === 0 || undefined}
                />
                <TextInput
                  w={90}
                  aria-label={t('deals.stages.probability', { position: index + 1 })}
                  rightSection="%"
                  inputMode="numeric"
                  value={row.probability}
                  onChange={(e) => change(index, { probability: e.currentTarget.value })}
                  error={issueText(issues[`${index}.probability`])}
                />
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === 0}
                  onClick={() => swap(index, index - 1)}
                  aria-label={t('deals.stages.up', { name: row.name })}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === rows.length - 1}
                  onClick={() => swap(index, index + 1)}
                  aria-label={t('deals.stages.down', { name: row.name })}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  disabled={rows.length === 1}
                  onClick={() => setRows(rows.filter((_, i) => i !== index))}
                  aria-label={t('deals.stages.remove', { name: row.name })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                disabled={rows.length >= MAX_STAGES}
                onClick={() => {
                  setRows([...rows, { key: `n${nextKey}`, name: '', probability: '50' }]);
                  setNextKey(nextKey + 1);
                }}
              >
                {t('deals.stages.add')}
              </Button>
            </Group>
            <FormDialogButtons submitLabel={t('deals.stages.save')} submitting={saving} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </>
  );
}
