import { Card, Grid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isModuleId } from '../../shared/catalogue';
import type { LicenseStatus } from '../../shared/license/contract';
import { quote } from '../../shared/license/price-list';
import { WithLicenseStatus } from '../license/WithLicenseStatus';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { EditionComparison } from './EditionComparison';
import { PRICE_LIST } from './priceList';
import { QuoteForm } from './QuoteForm';
import { QuoteSummary } from './QuoteSummary';
import { suggestedOrder } from './suggestedOrder';

function Plans({ status }: { status: LicenseStatus }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requested = params.get('module');
  const wanted = requested !== null && isModuleId(requested) ? requested : null;
  const [order, setOrder] = useState(() => suggestedOrder(status, wanted));

  return (
    <Stack gap="xl">
      <EditionComparison
        current={status.edition}
        quoted={order.edition}
        wanted={wanted}
        onQuote={(edition) => setOrder({ ...order, edition })}
      />
      <Card withBorder radius="lg" padding="lg">
        <Title order={2} fz="md" mb="md">
          {t('plan.quote.title')}
        </Title>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <QuoteForm order={order} onChange={setOrder} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <QuoteSummary quote={quote(PRICE_LIST, order)} />
          </Grid.Col>
        </Grid>
      </Card>
    </Stack>
  );
}

/** `/plan`: editions and add-ons side by side, and a quote from the vendor's price list. */
export function PlanPage() {
  const { t } = useTranslation();
  return (
    <PageFrame>
      <PageHeader title={t('plan.title')} subtitle={t('plan.subtitle')} />
      <WithLicenseStatus>{(status) => <Plans status={status} />}</WithLicenseStatus>
    </PageFrame>
  );
}
