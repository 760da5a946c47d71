import { Badge, Group, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles';
import type { ManagedUser } from '../../shared/users/contract';
import { PersonAvatar } from '../ui/PersonAvatar';
import { isRole, roleOptions } from './roleOptions';
import { UserActionsMenu } from './UserActionsMenu';
import type { UserPermissions } from './userPermissions';

interface UserRowProps {
  user: ManagedUser;
  isSelf: boolean;
  permissions: UserPermissions;
  busy: boolean;
  onRoleChange(user: ManagedUser, role: Role): void;
  onResetPassword(user: ManagedUser): void;
  onDeactivate(user: ManagedUser): void;
  onReactivate(user: ManagedUser): void;
}

/** One account: who, how they sign in, their role (changed right here) and whether they may sign in. */
export function UserRow({ user, isSelf, permissions, busy, onRoleChange, ...actions }: UserRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr opacity={user.active ? 1 : 0.6} aria-label={user.displayName}>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <PersonAvatar name={user.displayName} size={34} />
          <Text fz="sm" fw={600} truncate>
            {user.displayName}
          </Text>
          {isSelf && (
            <Badge size="xs" variant="default">
              {t('users.you')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text fz="sm" c="dimmed">
          {user.username}
        </Text>
      </Table.Td>
      <Table.Td>
        {permissions.roles.length > 0 ? (
          <Select
            size="xs"
            w={170}
            aria-label={t('users.fields.roleOf', { name: user.displayName })}
            data={roleOptions(permissions.roles, t)}
            value={user.role}
            onChange={(role) => isRole(role) && role !== user.role && onRoleChange(user, role)}
            allowDeselect={false}
            disabled={busy}
          />
        ) : (
          <Text fz="sm">{t(`user.roles.${user.role}`)}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={user.active ? 'teal' : 'gray'} variant="light">
          {user.active ? t('users.status.active') : t('users.status.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <UserActionsMenu user={user} permissions={permissions} {...actions} />
      </Table.Td>
    </Table.Tr>
  );
}
