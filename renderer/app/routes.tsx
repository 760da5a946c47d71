import { Box } from '@mantine/core';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { MODULES } from '../../shared/catalogue';
import { CallsPage } from '../calls/CallsPage';
import { CompanyPage } from '../companies/CompanyPage';
import { CompanySettingsPage } from '../company/CompanySettingsPage';
import { ContactDetailPage } from '../contacts/detail/ContactDetailPage';
import { DuplicatesPage } from '../contacts/duplicates/DuplicatesPage';
import { ContactsPage } from '../contacts/list/ContactsPage';
import { CustomFieldsPage } from '../custom-fields/CustomFieldsPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { PipelinePage } from '../deals/PipelinePage';
import { MyFollowupsPage } from '../followups/MyFollowupsPage';
import { InstallationPage } from '../installation/InstallationPage';
import { ArticleEditorPage } from '../knowledge/ArticleEditorPage';
import { ArticlePage } from '../knowledge/ArticlePage';
import { KnowledgePage } from '../knowledge/KnowledgePage';
import { ProductsPage } from '../inventory/ProductsPage';
import { PurchaseOrderPage } from '../inventory/purchasing/PurchaseOrderPage';
import { PurchaseOrdersPage } from '../inventory/purchasing/PurchaseOrdersPage';
import { SuppliersPage } from '../inventory/purchasing/SuppliersPage';
import { StockPage } from '../inventory/stock/StockPage';
import { StocktakePage } from '../inventory/stock/StocktakePage';
import { StocktakesPage } from '../inventory/stock/StocktakesPage';
import { LicensePage } from '../license/LicensePage';
import { ModuleGate } from '../modules/ModuleGate';
import { OrdersPage } from '../orders/OrdersPage';
import { SalesOrderPage } from '../orders/SalesOrderPage';
import { BUILT_MODULES } from '../modules/moduleCatalogue';
import { PlanPage } from '../plan/PlanPage';
import { RemoteReportPage } from '../remote/RemoteReportPage';
import { RemoteSettingsPage } from '../remote/RemoteSettingsPage';
import { NotFoundState } from '../ui/NotFoundState';
import { UsersPage } from '../users/UsersPage';
import { DispatchSettingsPage } from '../workorders/DispatchSettingsPage';
import { WorkOrderPage } from '../workorders/WorkOrderPage';
import { WorkOrdersPage } from '../workorders/WorkOrdersPage';
import { WorkOrderReportPage } from '../workorders/reports/WorkOrderReportPage';
import { SlaSettingsPage } from '../workorders/sla/SlaSettingsPage';
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
        {
          element: <ModuleGate module="contacts" />,
          children: [
            { index: true, element: <DashboardPage /> },
            { path: 'contacts', element: <ContactsPage view="active" /> },
            { path: 'contacts/trash', element: <ContactsPage view="trash" /> },
            { path: 'contacts/duplicates', element: <DuplicatesPage /> },
            { path: 'contacts/:id', element: <ContactDetailPage /> },
            { path: 'companies/:id', element: <CompanyPage /> },
            { path: 'followups', element: <MyFollowupsPage /> },
            { path: 'pipeline', element: <PipelinePage view="board" /> },
            { path: 'pipeline/list', element: <PipelinePage view="list" /> },
          ],
        },
        {
          element: <ModuleGate module="workorders" />,
          children: [
            { path: 'workorders', element: <WorkOrdersPage /> },
            { path: 'workorders/dispatch', element: <DispatchSettingsPage /> },
            { path: 'workorders/sla', element: <SlaSettingsPage /> },
            { path: 'workorders/reports', element: <WorkOrderReportPage /> },
            { path: 'workorders/:id', element: <WorkOrderPage /> },
          ],
        },
        {
          element: <ModuleGate module="inventory" />,
          children: [
            { path: 'inventory', element: <Navigate to="/inventory/products" replace /> },
            { path: 'inventory/products', element: <ProductsPage /> },
            { path: 'inventory/suppliers', element: <SuppliersPage /> },
            { path: 'inventory/purchase-orders', element: <PurchaseOrdersPage /> },
            { path: 'inventory/purchase-orders/:id', element: <PurchaseOrderPage /> },
            { path: 'inventory/stock', element: <StockPage /> },
            { path: 'inventory/stocktakes', element: <StocktakesPage /> },
            { path: 'inventory/stocktakes/:id', element: <StocktakePage /> },
          ],
        },
        {
          element: <ModuleGate module="calls" />,
          children: [{ path: 'calls', element: <CallsPage /> }],
        },
        {
          element: <ModuleGate module="remote" />,
          children: [
            { path: 'remote', element: <Navigate to="/remote/report" replace /> },
            { path: 'remote/report', element: <RemoteReportPage /> },
          ],
        },
        {
          element: <ModuleGate module="installation" />,
          children: [{ path: 'installation', element: <InstallationPage /> }],
        },
        {
          element: <ModuleGate module="knowledge" />,
          children: [
            { path: 'knowledge', element: <KnowledgePage /> },
            { path: 'knowledge/new', element: <ArticleEditorPage mode="new" /> },
            { path: 'knowledge/:id', element: <ArticlePage /> },
            { path: 'knowledge/:id/edit', element: <ArticleEditorPage mode="edit" /> },
          ],
        },
        {
          element: <ModuleGate module="orders" />,
          children: [
            { path: 'orders', element: <OrdersPage /> },
            { path: 'orders/:id', element: <SalesOrderPage /> },
          ],
        },
        ...unbuiltModuleRoutes,
        { element: <RequirePage page="users" />, children: [{ path: 'users', element: <UsersPage /> }] },
        {
          element: <RequirePage page="settings" />,
          children: [{ path: 'settings', element: <CompanySettingsPage /> }],
        },
        {
          element: <RequirePage page="fields" />,
          children: [{ path: 'settings/fields', element: <CustomFieldsPage /> }],
        },
        {
          element: <RequirePage page="remoteTools" />,
          children: [
            {
              element: <ModuleGate module="remote" />,
              children: [{ path: 'settings/remote', element: <RemoteSettingsPage /> }],
            },
          ],
        },
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
