import { Box } from '@mantine/core';
import { createHashRouter, Navigate } from 'react-router';
import { ContactDetailPage } from '../contacts/detail/ContactDetailPage';
import { ContactsPage } from '../contacts/list/ContactsPage';
import { NotFoundState } from '../ui/NotFoundState';
import { CrashScreen } from './CrashScreen';
import { Shell } from './Shell';

/**
 * Hash history: the same build works from the office host and from Electron's app:// files,
 * where no server answers deep links.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      errorElement: <CrashScreen />,
      children: [
        { index: true, element: <Navigate to="/contacts" replace /> },
        { path: 'contacts', element: <ContactsPage view="active" /> },
        { path: 'contacts/trash', element: <ContactsPage view="trash" /> },
        { path: 'contacts/:id', element: <ContactDetailPage /> },
        {
          path: '*',
          element: (
            <Box p="xl">
              <NotFoundState />
            </Box>
          ),
        },
      ],
    },
  ]);
}
