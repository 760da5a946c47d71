import { Box } from '@mantine/core';
import { Outlet } from 'react-router';
import { useSession } from '../auth/authStore';
import { mayOpenPage, type AdminPage } from './access';
import { NoAccessState } from './NoAccessState';

/** Shows a page only to the roles that may open it; the server refuses their calls anyway. */
export function RequirePage({ page }: { page: AdminPage }) {
  const { user } = useSession();
  if (mayOpenPage(user.role, page)) return <Outlet />;
  return (
    <Box p="xl">
      <NoAccessState />
    </Box>
  );
}
