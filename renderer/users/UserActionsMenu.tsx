import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../../shared/users/contract';
import type { UserPermissions } from './userPermissions';

interface UserActionsMenuProps {
  user: ManagedUser;
  permissions: UserPermissions;
  onResetPassword(user: ManagedUser): void;
  onDeactivate(user: ManagedUser): void;
  onReactivate(user: ManagedUser): void;
}

/** The less frequent changes to one account, behind its row's menu. */
export function UserActionsMenu({
  user,
  permissions,
  onResetPassword,
  onDeactivate,
  onReactivate,
}: UserActionsMenuProps) {
  const { t } = useTranslation();
  const { resetPassword, deactivate, reactivate } = permissions;
  if (!resetPassword && !deactivate && !reactivate) return null;
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('users.actions.label', { name: user.displayName })}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {resetPassword && (
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onResetPassword(user)}>
            {t('users.actions.resetPassword')}
          </Menu.Item>
        )}
        {reactivate && (
          <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => onReactivate(user)}>
            {t('users.actions.reactivate')}
          </Menu.Item>
        )}
        {deactivate && (
          <Menu.Item color="red" leftSection={<IconUserOff size={16} />} onClick={() => onDeactivate(user)}>
            {t('users.actions.deactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
