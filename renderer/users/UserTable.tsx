import { Card, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles';
import type { ManagedUser } from '../../shared/users/contract';
import { useSession } from '../auth/authStore';
import { userPermissions } from './userPermissions';
import { UserRow } from './UserRow';

interface UserTableProps {
  users: ManagedUser[];
  busyId: number | null;
  onRoleChange(user: ManagedUser, role: Role): void;
  onResetPassword(user: ManagedUser): void;
  onDeactivate(user: ManagedUser): void;
  onReactivate(user: ManagedUser): void;
}

/** Every account of the company, active ones first. */
export function UserTable({ users, busyId, ...handlers }: UserTableProps) {
  const { t } = useTranslation();
  const { user: me } = useSession();
  return (
    <Card withBorder radius="lg" padding={0}>
      <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fields.displayName')}</Table.Th>
            <Table.Th>{t('auth.username')}</Table.Th>
            <Table.Th>{t('users.fields.role')}</Table.Th>
            <Table.Th>{t('users.fields.status')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isSelf={user.id === me.id}
              permissions={userPermissions(me, user)}
              busy={busyId === user.id}
              {...handlers}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
