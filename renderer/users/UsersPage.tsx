import { Button, Group, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../../shared/users/contract';
import { useSession } from '../auth/authStore';
import { SeatUsage } from '../license/SeatUsage';
import { useLicenseStore } from '../license/licenseStore';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorState } from '../ui/ErrorState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { CreateUserDialog } from './CreateUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserErrorAlert } from './UserErrorAlert';
import { grantableRoles } from './userPermissions';
import { UserTable } from './UserTable';
import { useUserChanges } from './useUserChanges';
import { useUsersStore } from './usersStore';

/** `/users`: the company's accounts and the seats they take (owners and admins). */
export function UsersPage() {
  const { t } = useTranslation();
  const { user: me, company } = useSession();
  const { users, loaded, loadError, load } = useUsersStore();
  const seats = useLicenseStore((store) => store.status?.seats ?? null);
  const changes = useUserChanges();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);
  const [deactivating, setDeactivating] = useState<ManagedUser | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  let content;
  if (!loaded) {
    content = loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : <CenteredLoader />;
  } else {
    content = (
      <UserTable
        users={users}
        busyId={changes.busyId}
        onRoleChange={(user, role) => void changes.setRole(user, role)}
        onResetPassword={setResetting}
        onDeactivate={setDeactivating}
        onReactivate={(user) => void changes.reactivate(user)}
      />
    );
  }

  return (
    <PageFrame>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle', { company: company.name })}
        actions={
          <Group gap="xl" align="center">
            {seats && <SeatUsage used={seats.used} total={seats.total} width={180} />}
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)}>
              {t('users.create.open')}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        {changes.error !== null && <UserErrorAlert error={changes.error} onClose={changes.clearError} />}
        {content}
      </Stack>
      <CreateUserDialog
        opened={creating}
        roles={grantableRoles(me.role)}
        onClose={() => setCreating(false)}
      />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <ConfirmDialog
        subject={deactivating}
        title={(user) => t('users.deactivate.title', { name: user.displayName })}
        message={() => t('users.deactivate.description')}
        confirmLabel={t('users.deactivate.submit')}
        onConfirm={changes.deactivate}
        onClose={() => setDeactivating(null)}
      />
    </PageFrame>
  );
}
