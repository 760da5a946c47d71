import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus, IconRoute, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPATCH_RULES, type DispatchRule } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import type { FieldErrors } from '../forms/fieldErrors';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { useUsersStore } from '../users/usersStore';
import {
  dispatchInputOf,
  dispatchServerErrors,
  groupFieldKey,
  groupValuesOf,
  newGroup,
  validateDispatch,
  type GroupValues,
} from './dispatchFormValues';
import { WorkOrderSettingsFrame } from './WorkOrderSettingsFrame';

type Loaded =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; version: number };

function GroupCard({
  group,
  index,
  errors,
  onChange,
  onRemove,
}: {
  group: GroupValues;
  index: number;
  errors: FieldErrors;
  onChange(group: GroupValues): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const members = users
    .filter((user) => user.active || group.memberIds.includes(String(user.id)))
    .map((user) => ({ value: String(user.id), label: user.displayName }));
  const error = (field: keyof GroupValues) => errors[groupFieldKey(index, field)]?.(t);
  const name = group.name.trim() || t('workorders.dispatch.unnamed', { index: index + 1 });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={name}>
      <Stack gap="md">
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={t('workorders.dispatch.name')}
            value={group.name}
            onChange={(event) => onChange({ ...group, name: event.currentTarget.value })}
            error={error('name')}
            required
            style={{ flex: 1 }}
          />
          <Select
            label={t('workorders.dispatch.rule')}
            data={DISPATCH_RULES.map((rule) => ({
              value: rule,
              label: t(`workorders.dispatch.rules.${rule}`),
            }))}
            value={group.rule}
            onChange={(rule) => rule && onChange({ ...group, rule: rule as DispatchRule })}
            allowDeselect={false}
            w={220}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            onClick={onRemove}
            aria-label={t('workorders.dispatch.remove', { name })}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
        <SimpleGrid cols={2} spacing="md">
          <MultiSelect
            label={t('workorders.dispatch.members')}
            description={t(`workorders.dispatch.ruleHints.${group.rule}`)}
            data={members}
            value={group.memberIds}
            onChange={(memberIds) => onChange({ ...group, memberIds })}
            searchable
            error={error('memberIds')}
          />
          <TagsInput
            label={t('workorders.dispatch.categories')}
            description={t('workorders.dispatch.categoriesHint')}
            value={group.categories}
            onChange={(categories) => onChange({ ...group, categories })}
            error={error('categories')}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** Dispatch groups and their rules, for owners and admins; saved as a whole against its version. */
function DispatchSettings() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [groups, setGroups] = useState<GroupValues[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const nextKey = useRef(0);

  const [generation, setGeneration] = useState(0);
  const load = () => setGeneration((count) => count + 1);

  useEffect(() => {
    let current = true;
    call('workorders.dispatch.get', {}).then(
      (settings) => {
        if (!current) return;
        setGroups(groupValuesOf(settings));
        setLoaded({ status: 'ready', version: settings.version });
        setConflict(false);
        setErrors({});
      },
      (error: unknown) => current && setLoaded({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  if (loaded.status === 'loading') return <CenteredLoader />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={load} />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const found = validateDispatch(loaded.version, groups);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const saved = await call('workorders.dispatch.save', dispatchInputOf(loaded.version, groups));
      setGroups(groupValuesOf(saved));
      setLoaded({ status: 'ready', version: saved.version });
      notifications.show({ color: 'teal', message: t('workorders.dispatch.saved') });
    } catch (error) {
      if (isCallError(error) && error.code === 'CONFLICT') setConflict(true);
      else {
        setErrors(dispatchServerErrors(error));
        setRefusal(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const change = (index: number, group: GroupValues) =>
    setGroups(groups.map((existing, at) => (at === index ? group : existing)));
  const add = () => setGroups([...groups, newGroup(`new-${nextKey.current++}`)]);

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="lg">
        <FormErrorAlert error={refusal} />
        {conflict && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            <Group justify="space-between">
              {t('workorders.dispatch.conflict')}
              <Button variant="default" size="xs" onClick={load}>
                {t('workorders.dispatch.loadTheirs')}
              </Button>
            </Group>
          </Alert>
        )}
        {groups.length === 0 && (
          <NoticeState
            icon={IconRoute}
            title={t('workorders.dispatch.emptyTitle')}
            description={t('workorders.dispatch.emptyText')}
            py="md"
          />
        )}
        {groups.map((group, index) => (
          <GroupCard
            key={group.key}
            group={group}
            index={index}
            errors={errors}
            onChange={(next) => change(index, next)}
            onRemove={() => setGroups(groups.filter((_, at) => at !== index))}
          />
        ))}
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('workorders.dispatch.add')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('workorders.dispatch.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/workorders/dispatch`: who takes new work orders that arrive without an assignee. */
export function DispatchSettingsPage() {
  const { t } = useTranslation();
  return (
    <WorkOrderSettingsFrame
      title={t('workorders.dispatch.title')}
      subtitle={t('workorders.dispatch.subtitle')}
      saveProcedure="workorders.dispatch.save"
    >
      <DispatchSettings />
    </WorkOrderSettingsFrame>
  );
}
