import { Box } from '@mantine/core';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { MODULES } from '../../shared/catalogue';
import { ContactDetailPage } from '../contacts/detail/ContactDetailPage';
import { ContactsPage } from '../contacts/list/ContactsPage';
import { LicensePage } from '../license/LicensePage';
import { ModuleGate } from '../modules/ModuleGate';
import { BUILT_MODULES } from '../modules/moduleCatalogue';
import { PlanPage } from '../plan/PlanPage';
import { NotFoundState } from '../ui/NotFoundState';
import { UsersPage } from '../users/UsersPage';
import { CrashScreen } from './CrashScreen';
import { RequirePage } from './RequirePage';
import { Shell } from './Shell';

/** Modules without screens yet: their addresses show the lock or the "later version" state. */
const unbuiltModuleRoutes: RouteObject[] = MODULES.filter((module) => !BUILT_MODULES.has(module)).map(
  (module) => ({ path: `${module}/*`, element: <ModuleGate module={module} /> }),
);

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
        {
          element: <ModuleGate module="contacts" />,
          children: [
            { path: 'contacts', element: <ContactsPage view="active" /> },
            { path: 'contacts/trash', element: <ContactsPage view="trash" /> },
            { path: 'contacts/:id', element: <ContactDetailPage /> },
          ],
        },
        ...unbuiltModuleRoutes,
        { element: <RequirePage page="users" />, children: [{ path: 'users', element: <UsersPage /> }] },
        {
          element: <RequirePage page="license" />,
          children: [{ path: 'license', element: <LicensePage /> }],
        },
        { element: <RequirePage page="plan" />, children: [{ path: 'plan', element: <PlanPage /> }] },
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
