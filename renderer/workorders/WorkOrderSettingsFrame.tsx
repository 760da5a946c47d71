import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureName } from '../../shared/contract';
import { mayCall } from '../app/access';
import { NoAccessState } from '../app/NoAccessState';
import { useSession } from '../auth/authStore';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';

interface WorkOrderSettingsFrameProps {
  title: string;
  subtitle: string;
  /** Whoever may not call it sees why instead of the form. */
  saveProcedure: ProcedureName;
  children: ReactNode;
}

/** A settings page of the work-order screen: its header with the way back, and its form. */
export function WorkOrderSettingsFrame({
  title,
  subtitle,
  saveProcedure,
  children,
}: WorkOrderSettingsFrameProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <PageFrame>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <Button variant="default" component={Link} to="/workorders">
            {t('workorders.detail.back')}
          </Button>
        }
      />
      {mayCall(user.role, saveProcedure) ? children : <NoAccessState />}
    </PageFrame>
  );
}
