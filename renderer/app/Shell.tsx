import { AppShell, Group, ScrollArea } from '@mantine/core';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { ContactEditor } from '../contacts/form/ContactEditor';
import { useContactChangeSync } from '../contacts/useContactChangeSync';
import { useTagsStore } from '../contacts/tagsStore';
import { SearchButton } from '../search/SearchButton';
import { SearchSpotlight } from '../search/SearchSpotlight';
import { useUserChangeSync } from '../users/useUserChangeSync';
import { useUsersStore } from '../users/usersStore';
import { Brand } from './Brand';
import { ModuleNav } from './ModuleNav';
import { useDesktopCommands } from './useDesktopCommands';
import { useGlobalHotkeys } from './useGlobalHotkeys';
import { UserMenu } from './UserMenu';

/** The signed-in window: module sidebar, header with search and user menu, the page. */
export function Shell() {
  const loadUsers = useUsersStore((store) => store.load);
  const loadTags = useTagsStore((store) => store.load);
  useGlobalHotkeys();
  useDesktopCommands();
  useContactChangeSync();
  useUserChangeSync();

  useEffect(() => {
    void loadUsers();
    void loadTags();
  }, [loadUsers, loadTags]);

  return (
    <AppShell layout="alt" header={{ height: 60 }} navbar={{ width: 236, breakpoint: 0 }} padding={0}>
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <SearchButton />
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section py="xs" mb="sm">
          <Brand />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <ModuleNav />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <SearchSpotlight />
      <ContactEditor />
    </AppShell>
  );
}
