import {
  ActionIcon,
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
import { IconPlus, IconRoute, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPATCH_RULES, type DispatchRule, type DispatchSettings } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import type { FieldErrors } from '../forms/fieldErrors';
import { useSettingsSave } from '../forms/useVersionedSettings';
import { StaleSaveAlert, VersionedSettings } from '../forms/VersionedSettings';
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
function DispatchSettingsForm({ settings, onReload }: { settings: DispatchSettings; onReload(): void }) {
  const { t } = useTranslation();
  const [groups, setGroups] = useState(() => groupValuesOf(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const nextKey = useRef(0);
  const { submit, saving, refusal, conflict } = useSettingsSave(settings.version, {
    check: (version) => {
      const found = validateDispatch(version, groups);
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    send: (version) => call('workorders.dispatch.save', dispatchInputOf(version, groups)),
    onSaved: (saved) => setGroups(groupValuesOf(saved)),
    onRefused: (error) => setErrors(dispatchServerErrors(error)),
    savedMessage: t('workorders.dispatch.saved'),
  });

  const change = (index: number, group: GroupValues) =>
    setGroups(groups.map((existing, at) => (at === index ? group : existing)));
  const add = () => setGroups([...groups, newGroup(`new-${nextKey.current++}`)]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert error={refusal} />
        <StaleSaveAlert
          shown={conflict}
          message={t('workorders.dispatch.conflict')}
          loadLabel={t('workorders.dispatch.loadTheirs')}
          onLoad={onReload}
        />
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
      <VersionedSettings read="workorders.dispatch.get" form={DispatchSettingsForm} />
    </WorkOrderSettingsFrame>
  );
}
