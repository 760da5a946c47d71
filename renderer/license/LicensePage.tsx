import { Alert, Button, Grid, Stack } from '@mantine/core';
import { IconInfoCircle, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LicenseStatus } from '../../shared/license/contract';
import { mayCall, PAGE_PATHS } from '../app/access';
import { useSession } from '../auth/authStore';
import { ExplanationAlert } from '../ui/ExplanationAlert';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { ActivationCard } from './ActivationCard';
import { LicenseSummary } from './LicenseSummary';
import { licenseRefusalText } from './refusalText';
import { WithLicenseStatus } from './WithLicenseStatus';

/** `/license`: what the company has, why a stored key is refused, and (owner) activation. */
export function LicensePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const content = (status: LicenseStatus) => (
    <Stack gap="lg">
      {status.refusal && (
        <ExplanationAlert
          explanation={licenseRefusalText(status.refusal.code, status.refusal.details, i18n.language)}
        />
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <LicenseSummary status={status} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {mayCall(user.role, 'license.activate') ? (
            <ActivationCard />
          ) : (
            <Alert variant="light" icon={<IconInfoCircle size={18} />}>
              {t('license.activation.ownerOnly')}
            </Alert>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );

  return (
    <PageFrame>
      <PageHeader
        title={t('license.title')}
        subtitle={t('license.subtitle')}
        actions={
          <Button
            component={Link}
            to={PAGE_PATHS.plan}
            variant="default"
            leftSection={<IconListDetails size={16} />}
          >
            {t('license.comparePlans')}
          </Button>
        }
      />
      <WithLicenseStatus>{content}</WithLicenseStatus>
    </PageFrame>
  );
}
