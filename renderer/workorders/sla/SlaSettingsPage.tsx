import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_PRIORITIES, type WorkOrderPriority } from '../../../shared/workorders/contract';
import { WEEKDAYS, type SlaSettings, type Weekday } from '../../../shared/workorders/sla';
import { SLA_TARGETS, type SlaTarget } from '../../../shared/workorders/sla-timers';
import { call } from '../../bridge/call';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { pathKey, type FieldErrors } from '../../forms/fieldErrors';
import { useSettingsSave } from '../../forms/useVersionedSettings';
import { StaleSaveAlert, VersionedSettings } from '../../forms/VersionedSettings';
import {
  newHours,
  slaInputOf,
  slaServerErrors,
  slaValuesOf,
  validateSla,
  type HoursValues,
  type SlaValues,
} from './slaFormValues';
import { useSlaStore } from './slaStore';
import { WorkOrderSettingsFrame } from '../WorkOrderSettingsFrame';

function DayHours({
  day,
  hours,
  errors,
  onChange,
}: {
  day: Weekday;
  hours: HoursValues[];
  errors: FieldErrors;
  onChange(hours: HoursValues[]): void;
}) {
  const { t } = useTranslation();
  const name = t(`sla.weekdays.${day}`);
  const error = (index: number, field: 'start' | 'end') => errors[pathKey(['week', day, index, field])]?.(t);
  const set = (index: number, field: 'start' | 'end', value: string) =>
    onChange(hours.map((existing, at) => (at === index ? { ...existing, [field]: value } : existing)));
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <Text fz="sm" fw={600} w={110} pt={6}>
        {name}
      </Text>
      <Stack gap="xs" style={{ flex: 1 }}>
        {hours.length === 0 && (
          <Text fz="sm" c="dimmed" pt={6}>
            {errors[pathKey(['week', day])]?.(t) ?? t('sla.hours.closed')}
          </Text>
        )}
        {hours.map((interval, index) => (
          <Group key={interval.key} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('sla.hours.opens', { day: name, index: index + 1 })}
              placeholder="09:00"
              value={interval.start}
              onChange={(event) => set(index, 'start', event.currentTarget.value)}
              error={error(index, 'start')}
              w={150}
            />
            <Text pt={6}>–</Text>
            <TextInput
              aria-label={t('sla.hours.closes', { day: name, index: index + 1 })}
              placeholder="18:00"
              value={interval.end}
              onChange={(event) => set(index, 'end', event.currentTarget.value)}
              error={error(index, 'end')}
              w={150}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={() => onChange(hours.filter((_, at) => at !== index))}
              aria-label={t('sla.hours.remove', { day: name, index: index + 1 })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Button
        variant="subtle"
        size="xs"
        mt={4}
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...hours, newHours()])}
        aria-label={t('sla.hours.add', { day: name })}
      >
        {t('sla.hours.addShort')}
      </Button>
    </Group>
  );
}

function TargetsCard({
  targets,
  errors,
  onChange,
}: {
  targets: SlaValues['targets'];
  errors: FieldErrors;
  onChange(targets: SlaValues['targets']): void;
}) {
  const { t } = useTranslation();
  const set = (priority: WorkOrderPriority, target: SlaTarget, value: number | string) =>
    onChange({ ...targets, [priority]: { ...targets[priority], [target]: value } });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('sla.targets.title')}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4">
            {t('sla.targets.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('sla.targets.hint')}
          </Text>
        </div>
        {WORK_ORDER_PRIORITIES.toReversed().map((priority) => (
          <SimpleGrid key={priority} cols={3} spacing="md">
            <Text fz="sm" fw={600} pt={6}>
              {t(`workorders.priorities.${priority}`)}
            </Text>
            {SLA_TARGETS.map((target) => (
              <NumberInput
                key={target}
                aria-label={t('sla.targets.input', {
                  target: t(`sla.targets.${target}`),
                  priority: t(`workorders.priorities.${priority}`),
                })}
                placeholder={t('sla.targets.none')}
                value={targets[priority][target]}
                onChange={(value) => set(priority, target, value)}
                error={errors[pathKey(['targets', priority, target])]?.(t)}
                suffix={` ${t('sla.targets.unit')}`}
                allowDecimal={false}
                allowNegative={false}
                min={1}
              />
            ))}
          </SimpleGrid>
        ))}
      </Stack>
    </Card>
  );
}

/** Business hours, holidays and targets, for owners and admins; saved as a whole against its version. */
function SlaSettingsForm({ settings, onReload }: { settings: SlaSettings; onReload(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => slaValuesOf(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const { submit, saving, refusal, conflict } = useSettingsSave(settings.version, {
    check: (version) => {
      const found = validateSla(version, values);
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    send: (version) => call('workorders.sla.save', slaInputOf(version, values)),
    onSaved: (saved) => {
      useSlaStore.getState().replace(saved);
      setValues(slaValuesOf(saved));
    },
    onRefused: (error) => setErrors(slaServerErrors(error)),
    savedMessage: t('sla.saved'),
  });

  const setDay = (day: Weekday, hours: HoursValues[]) =>
    setValues({ ...values, week: { ...values.week, [day]: hours } });
  const copyMonday = () =>
    setValues({
      ...values,
      week: Object.fromEntries(
        WEEKDAYS.map((day) => [day, values.week.mon.map((hours) => newHours(hours.start, hours.end))]),
      ) as SlaValues['week'],
    });
  const holidayErrors = values.holidays
    .map((_, index) => errors[pathKey(['holidays', index])]?.(t))
    .filter((message) => message !== undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert error={refusal} />
        <StaleSaveAlert
          shown={conflict}
          message={t('sla.conflict')}
          loadLabel={t('sla.loadTheirs')}
          onLoad={onReload}
        />
        <Card withBorder radius="md" padding="lg" component="section" aria-label={t('sla.hours.title')}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-end">
              <div>
                <Title order={2} fz="h4">
                  {t('sla.hours.title')}
                </Title>
                <Text fz="sm" c="dimmed">
                  {t('sla.hours.hint')}
                </Text>
              </div>
              <Select
                label={t('sla.timeZone')}
                data={timeZones}
                value={values.timeZone}
                onChange={(timeZone) => timeZone && setValues({ ...values, timeZone })}
                error={errors.timeZone?.(t)}
                searchable
                allowDeselect={false}
                w={260}
              />
            </Group>
            {WEEKDAYS.map((day) => (
              <DayHours
                key={day}
                day={day}
                hours={values.week[day]}
                errors={errors}
                onChange={(hours) => setDay(day, hours)}
              />
            ))}
            <Group>
              <Button variant="default" size="xs" leftSection={<IconCopy size={14} />} onClick={copyMonday}>
                {t('sla.hours.copyMonday')}
              </Button>
            </Group>
            <TagsInput
              label={t('sla.holidays.label')}
              description={t('sla.holidays.hint')}
              placeholder="2026-12-25"
              value={values.holidays}
              onChange={(holidays) => setValues({ ...values, holidays })}
              error={holidayErrors[0]}
            />
          </Stack>
        </Card>
        <TargetsCard
          targets={values.targets}
          errors={errors}
          onChange={(targets) => setValues({ ...values, targets })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('sla.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/workorders/sla`: when the company works and how fast it promises to answer and fix. */
export function SlaSettingsPage() {
  const { t } = useTranslation();
  return (
    <WorkOrderSettingsFrame
      title={t('sla.title')}
      subtitle={t('sla.subtitle')}
      saveProcedure="workorders.sla.save"
    >
      <VersionedSettings read="workorders.sla.get" form={SlaSettingsForm} />
    </WorkOrderSettingsFrame>
  );
}
