import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { useContactEditorStore } from '../contacts/contactEditorStore';
import { useContactListStore } from '../contacts/contactListStore';
import { useTagsStore } from '../contacts/tagsStore';
import { useSearchStore } from '../search/searchStore';
import { useUsersStore } from '../users/usersStore';
import { createAppRouter } from './routes';
import { useUserMenuStore } from './userMenuStore';

/** What one session loaded must not show to the next one who signs in here. */
function forgetSessionData(): void {
  useContactListStore.getState().reset();
  useContactEditorStore.getState().close();
  useSearchStore.getState().close();
  useUserMenuStore.getState().setOpened(false);
  useTagsStore.setState({ tags: [] });
  useUsersStore.setState({ users: [] });
}

export function SignedInApp() {
  const [router] = useState(createAppRouter);
  useEffect(() => forgetSessionData, []);
  return <RouterProvider router={router} />;
}
