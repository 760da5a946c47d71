import { AppShell, Group, ScrollArea } from '@mantine/core';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../auth/authStore';
import { CallCenter } from '../calls/CallCenter';
import { useCompanySync } from '../company/useCompanySync';
import { ContactEditor } from '../contacts/form/ContactEditor';
import { FollowupDialog } from '../followups/FollowupDialog';
import { useReminders } from '../followups/useReminders';
import { useContactChangeSync } from '../contacts/useContactChangeSync';
import { useTagsStore } from '../contacts/tagsStore';
import { useCustomFieldsSync } from '../custom-fields/useCustomFieldsSync';
import { ENDED_BANNER_HEIGHT, LicenseEndedBanner, useEndedLicense } from '../license/LicenseEndedBanner';
import { LicenseFileDrop } from '../license/LicenseFileDrop';
import { RemoteSessionDialog } from '../remote/RemoteSessionDialog';
import { VendorHelpDialog } from '../remote/VendorHelpDialog';
import { LicenseNavStatus } from '../license/LicenseNavStatus';
import { useLicenseSync } from '../license/useLicenseSync';
import { SearchButton } from '../search/SearchButton';
import { SearchSpotlight } from '../search/SearchSpotlight';
import { useUserChangeSync } from '../users/useUserChangeSync';
import { useUsersStore } from '../users/usersStore';
import { useWorkOrderNotices } from '../workorders/useWorkOrderNotices';
import { mayCall } from './access';
import { AdminNav } from './AdminNav';
import { Brand } from './Brand';
import { ModuleNav } from './ModuleNav';
import { useDesktopCommands } from './useDesktopCommands';
import { useGlobalHotkeys } from './useGlobalHotkeys';
import { UserMenu } from './UserMenu';

const HEADER_HEIGHT = 60;

/** The signed-in window: module sidebar, header with search and user menu, the page. */
export function Shell() {
  const { user } = useSession();
  const endedLicense = useEndedLicense();
  const loadUsers = useUsersStore((store) => store.load);
  const loadTags = useTagsStore((store) => store.load);
  useGlobalHotkeys();
  useDesktopCommands();
  useContactChangeSync();
  useUserChangeSync();
  useLicenseSync();
  useReminders();
  useCompanySync();
  useWorkOrderNotices();
  useCustomFieldsSync();

  useEffect(() => {
    void loadUsers();
    void loadTags();
  }, [loadUsers, loadTags]);

  return (
    <AppShell
      layout="alt"
      header={{ height: HEADER_HEIGHT + (endedLicense ? ENDED_BANNER_HEIGHT : 0) }}
      navbar={{ width: 236, breakpoint: 0 }}
      padding={0}
    >
      <AppShell.Header>
        <Group h={HEADER_HEIGHT} px="lg" justify="space-between" wrap="nowrap">
          <SearchButton />
          <UserMenu />
        </Group>
        {endedLicense && <LicenseEndedBanner status={endedLicense} />}
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section py="xs" mb="sm">
          <Brand />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <ModuleNav />
          <AdminNav />
        </AppShell.Section>
        <AppShell.Section pt="sm">
          <LicenseNavStatus />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <SearchSpotlight />
      <ContactEditor />
      <FollowupDialog />
      <RemoteSessionDialog />
      <VendorHelpDialog />
      <CallCenter />
      {mayCall(user.role, 'license.activate') && <LicenseFileDrop />}
    </AppShell>
  );
}
