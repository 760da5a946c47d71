import { Badge, Button, CloseButton, Group, Popover, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFilterPlus } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customConditions,
  type CustomCondition,
  type CustomFieldDef,
  type CustomFieldEntity,
} from '../../shared/custom-fields/contract';
import { liveFields, useCustomFields, useLiveCustomFields } from './customFieldsStore';
import { conditionOf, conditionText, emptyDraft, filterOps, type FilterDraft } from './customFilter';

interface CustomFilterProps {
  entity: CustomFieldEntity;
  conditions: CustomCondition[];
  onChange(conditions: CustomCondition[]): void;
}

function DraftInputs({
  field,
  draft,
  onChange,
}: {
  field: CustomFieldDef;
  draft: FilterDraft;
  onChange(draft: FilterDraft): void;
}) {
  const { t } = useTranslation();
  if (draft.op === 'contains') {
    return (
      <TextInput
        aria-label={t('customFields.filter.text')}
        placeholder={t('customFields.filter.text')}
        value={draft.text}
        onChange={(event) => onChange({ ...draft, text: event.currentTarget.value })}
        data-autofocus
      />
    );
  }
  if (draft.op === 'is') {
    return (
      <Select
        aria-label={t('customFields.filter.choice')}
        placeholder={t('customFields.filter.choice')}
        data={field.choices}
        value={draft.choice}
        onChange={(choice) => onChange({ ...draft, choice })}
        comboboxProps={{ withinPortal: false }}
        searchable
      />
    );
  }
  if (draft.op === 'between') {
    const type = field.type === 'date' ? 'date' : 'text';
    const inputMode = field.type === 'number' ? 'decimal' : undefined;
    return (
      <Group grow gap="xs">
        <TextInput
          type={type}
          inputMode={inputMode}
          label={t('customFields.filter.min')}
          value={draft.min}
          onChange={(event) => onChange({ ...draft, min: event.currentTarget.value })}
        />
        <TextInput
          type={type}
          inputMode={inputMode}
          label={t('customFields.filter.max')}
          value={draft.max}
          onChange={(event) => onChange({ ...draft, max: event.currentTarget.value })}
        />
      </Group>
    );
  }
  return null;
}

/** A new condition: the field, then what to look for in it, by its type. */
function ConditionForm({ entity, conditions, onChange }: CustomFilterProps) {
  const { t } = useTranslation();
  const fields = useLiveCustomFields(entity);
  const [fieldId, setFieldId] = useState<string | null>(null);
  const field = fields.find((each) => String(each.id) === fieldId);
  const [draft, setDraft] = useState<FilterDraft | null>(null);
  const condition = field && draft ? conditionOf(field, draft) : null;
  // The contract caps how many conditions a list takes: would one more still fit?
  const full = conditions.length > 0 && !customConditions.safeParse([...conditions, conditions[0]]).success;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (condition && !full) onChange([...conditions, condition]);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('customFields.filter.field')}
          placeholder={t('customFields.filter.pickField')}
          data={fields.map((each) => ({ value: String(each.id), label: each.label }))}
          value={fieldId}
          onChange={(next) => {
            setFieldId(next);
            const picked = fields.find((each) => String(each.id) === next);
            setDraft(picked ? emptyDraft(picked.type) : null);
          }}
          comboboxProps={{ withinPortal: false }}
          data-autofocus
        />
        {field && draft && (
          <>
            <Select
              label={t('customFields.filter.condition')}
              data={filterOps(field.type).map((op) => ({
                value: op,
                label: t(`customFields.filter.ops.${op}`),
              }))}
              value={draft.op}
              onChange={(op) => op && setDraft({ ...draft, op: op as FilterDraft['op'] })}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
            />
            <DraftInputs field={field} draft={draft} onChange={setDraft} />
          </>
        )}
        {full && (
          <Text fz="sm" c="dimmed">
            {t('customFields.filter.full')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={condition === null || full}>
            {t('customFields.filter.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The button that adds a condition on one of the entity's own fields to a list's filters. */
export function CustomFilterButton({ entity, conditions, onChange }: CustomFilterProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const fields = useLiveCustomFields(entity);
  if (fields.length === 0) return null;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={300} trapFocus shadow="md">
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconFilterPlus size={16} />}
          onClick={() => setOpened((open) => !open)}
        >
          {t('customFields.filter.add')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {opened && (
          <ConditionForm
            entity={entity}
            conditions={conditions}
            onChange={(next) => {
              onChange(next);
              setOpened(false);
            }}
          />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

/** The conditions in force, each removable; nothing when there are none. */
export function CustomFilterChips({ entity, conditions, onChange }: CustomFilterProps) {
  const { t, i18n } = useTranslation();
  const { fields, status } = useCustomFields(entity);
  // A field archived meanwhile no longer filters (the server would refuse it): its chip goes.
  useEffect(() => {
    if (status !== 'ready') return;
    const live = liveFields(fields);
    const kept = conditions.filter((condition) => live.some((field) => field.id === condition.fieldId));
    if (kept.length < conditions.length) onChange(kept);
  }, [status, fields, conditions, onChange]);
  if (conditions.length === 0) return null;
  return (
    <Group gap="xs" aria-label={t('customFields.filter.active')} role="list">
      {conditions.map((condition, index) => {
        const text = conditionText(
          condition,
          fields.find((field) => field.id === condition.fieldId),
          t,
          i18n.language,
        );
        return (
          <Badge
            key={index}
            role="listitem"
            variant="light"
            size="lg"
            radius="sm"
            tt="none"
            fw={500}
            pr={3}
            rightSection={
              <CloseButton
                size="xs"
                variant="transparent"
                aria-label={t('customFields.filter.remove', { condition: text })}
                onClick={() => onChange(conditions.filter((_, i) => i !== index))}
              />
            }
          >
            {text}
          </Badge>
        );
      })}
    </Group>
  );
}
