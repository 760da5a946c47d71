import { Button, Card, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  companySettingsPatch,
  CUSTOMER_VISIBILITY,
  type CompanySettings,
} from '../../shared/company/contract';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { onEvent } from '../bridge/events';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, serverFieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';

type Values = Omit<CompanySettings, 'version'>;

function SettingsForm({
  settings,
  onSaved,
}: {
  settings: CompanySettings;
  onSaved(next: CompanySettings): void;
}) {
  const { t } = useTranslation();
  const form = useSubmitForm<Values>(
    { name: settings.name, customerVisibility: settings.customerVisibility },
    {
      validate: (values) => {
        const parsed = companySettingsPatch.safeParse(values);
        return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
      },
      send: async (values) => {
        const saved = await call('company.settings.update', { version: settings.version, patch: values });
        notifications.show({ color: 'teal', message: t('company.saved') });
        onSaved(saved);
      },
      // The server names fields inside `patch`; the form knows them by their own names.
      fieldErrorsOf: (error) =>
        serverFieldErrors(validationIssues(error).map((issue) => ({ ...issue, path: issue.path.slice(1) }))),
    },
  );

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="lg" maw={720}>
        <FormErrorAlert error={form.refusal} />
        <Card withBorder radius="lg" padding="lg">
          <TextInput label={t('company.name')} required {...form.fieldProps('name')} />
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Radio.Group
            label={t('company.visibility.label')}
            description={t('company.visibility.description')}
            value={form.values.customerVisibility}
            onChange={(value) =>
              form.setValues({ ...form.values, customerVisibility: value as Values['customerVisibility'] })
            }
          >
            <Stack gap="sm" mt="sm">
              {CUSTOMER_VISIBILITY.map((rule) => (
                <Radio
                  key={rule}
                  value={rule}
                  label={t(`company.visibility.${rule}.label`)}
                  description={t(`company.visibility.${rule}.description`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Card>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('company.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/settings`: the company's name and who sees which customers (owners and admins). */
export function CompanySettingsPage() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<CompanySettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    call('company.settings.get', {}).then(
      (loaded) => !cancelled && (setSettings(loaded), setError(null)),
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);
  // Someone else saved: show what is stored now rather than let a save run into CONFLICT.
  useEffect(() => onEvent('company.changed', () => setGeneration((count) => count + 1)), []);
  const reload = () => setGeneration((count) => count + 1);

  let content;
  if (settings) {
    content = <SettingsForm key={settings.version} settings={settings} onSaved={setSettings} />;
  } else {
    content = error ? <ErrorState error={error} onRetry={reload} /> : <CenteredLoader />;
  }
  return (
    <PageFrame>
      <PageHeader title={t('company.title')} subtitle={t('company.subtitle')} />
      {content}
      <Text fz="xs" c="dimmed" mt="lg">
        {t('company.visibility.adminsSeeAll')}
      </Text>
    </PageFrame>
  );
}
