import { Badge, Card, Code, DataList, Divider, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCertificate, IconHourglass } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITIONS, editionTextKeys, moduleTextKeys, type ModuleId } from '../../shared/catalogue';
import type { LicenseKind, LicenseStatus } from '../../shared/license/contract';
import { dayOf } from '../../shared/license/dates';
import { TRIAL_DAYS, TRIAL_SEATS } from '../../shared/license/trial';
import { formatCalendarDay, formatDateTime } from '../i18n/formatDate';
import { coveredModules } from '../modules/moduleAccess';
import { SeatUsage } from './SeatUsage';

const KIND_COLORS: Record<LicenseKind, string> = {
  trial: 'blue',
  licensed: 'teal',
  expired: 'red',
  invalid: 'red',
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function ModuleBadges({ modules }: { modules: Iterable<ModuleId> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {[...modules].map((module) => (
        <Badge key={module} variant="light" radius="sm" tt="none">
          {t(moduleTextKeys(module).name)}
        </Badge>
      ))}
    </Group>
  );
}

function Day({ day, hint }: { day: string; hint?: string | null }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={0}>
      <Text fz="sm">{formatCalendarDay(day, i18n.language)}</Text>
      {hint && (
        <Text fz="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** The terms of an activated key: until when it is updated, supported and valid, and which it is. */
function KeyTerms({ status }: { status: LicenseStatus }) {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => dayOf(Date.now()));
  const { updatesUntil, supportUntil, expiresAt } = status;
  return (
    <>
      {updatesUntil && (
        <Field label={t('license.fields.updatesUntil')}>
          <Day
            day={updatesUntil}
            hint={t(
              updatesUntil >= status.releaseDate ? 'license.updates.covers' : 'license.updates.before',
              {
                day: formatCalendarDay(status.releaseDate, i18n.language),
              },
            )}
          />
        </Field>
      )}
      <Field label={t('license.fields.supportUntil')}>
        {supportUntil ? (
          <Day day={supportUntil} hint={supportUntil < today ? t('license.support.ended') : null} />
        ) : (
          <Text fz="sm">{t('license.support.none')}</Text>
        )}
      </Field>
      <Field label={t('license.fields.expiresAt')}>
        {expiresAt ? <Day day={expiresAt} /> : <Text fz="sm">{t('license.perpetual')}</Text>}
      </Field>
      <Field label={t('license.fields.licenseId')}>
        <Code>{status.licenseId}</Code>
      </Field>
      {status.activatedAt !== null && (
        <Field label={t('license.fields.activatedAt')}>
          {formatDateTime(status.activatedAt, i18n.language)}
        </Field>
      )}
    </>
  );
}

/** What the company has now: the trial, or the activated licence and every fact of its key. */
export function LicenseSummary({ status }: { status: LicenseStatus }) {
  const { t, i18n } = useTranslation();
  const subtitle = status.edition
    ? t(editionTextKeys(status.edition).description)
    : t('license.trial.description', { seats: TRIAL_SEATS, days: TRIAL_DAYS });

  return (
    <Card withBorder radius="lg" padding="lg">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" variant="light">
          {status.edition ? <IconCertificate size={24} /> : <IconHourglass size={24} />}
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Group gap="sm">
            <Title order={2} fz="h3">
              {status.edition
                ? t('license.editionTitle', { edition: t(editionTextKeys(status.edition).name) })
                : t('license.trial.name')}
            </Title>
            <Badge color={KIND_COLORS[status.kind]} variant="light">
              {t(`license.states.${status.kind}`)}
            </Badge>
          </Group>
          <Text fz="sm" c="dimmed">
            {subtitle}
          </Text>
        </Stack>
      </Group>
      <Divider my="lg" />
      <DataList labelWidth={150}>
        {status.licensee !== null && <Field label={t('license.fields.licensee')}>{status.licensee}</Field>}
        <Field label={t('license.fields.modules')}>
          <ModuleBadges modules={status.edition ? EDITIONS[status.edition] : coveredModules(status)} />
        </Field>
        {status.addOns.length > 0 && (
          <Field label={t('license.fields.addOns')}>
            <ModuleBadges modules={status.addOns} />
          </Field>
        )}
        <Field label={t('license.fields.seats')}>
          <SeatUsage used={status.seats.used} total={status.seats.total} />
        </Field>
        {status.trialEndsAt !== null && (
          <Field label={t('license.fields.trialEndsAt')}>
            <Stack gap={0}>
              <Text fz="sm">
                {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(status.trialEndsAt)}
              </Text>
              {status.kind === 'trial' && (
                <Text fz="xs" c="dimmed">
                  {t('license.trial.daysLeft', { count: status.trialDaysLeft ?? 0 })}
                </Text>
              )}
            </Stack>
          </Field>
        )}
        {status.licenseId !== null && <KeyTerms status={status} />}
      </DataList>
    </Card>
  );
}
