import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { useCallCenterStore } from '../calls/callCenterStore';
import { useContactEditorStore } from '../contacts/contactEditorStore';
import { useContactListStore } from '../contacts/contactListStore';
import { useDealEditorStore } from '../deals/form/dealEditorStore';
import { useDealListStore } from '../deals/list/dealListStore';
import { usePipelineStore } from '../deals/pipelineStore';
import { useFollowupDialogStore } from '../followups/followupDialogStore';
import { useTagsStore } from '../contacts/tagsStore';
import { useCustomFieldsStore } from '../custom-fields/customFieldsStore';
import { useLicenseStore } from '../license/licenseStore';
import { useSearchStore } from '../search/searchStore';
import { useUsersStore } from '../users/usersStore';
import { useQueueStore } from '../workorders/queueStore';
import { createAppRouter } from './routes';
import { useUserMenuStore } from './userMenuStore';

/** What one session loaded must not show to the next one who signs in here. */
function forgetSessionData(): void {
  useContactListStore.getState().reset();
  useContactEditorStore.getState().close();
  usePipelineStore.getState().reset();
  useDealListStore.getState().reset();
  useDealEditorStore.getState().close();
  useFollowupDialogStore.getState().close();
  useSearchStore.getState().close();
  useUserMenuStore.getState().setOpened(false);
  useTagsStore.setState({ tags: [] });
  useUsersStore.setState({ users: [], loaded: false, loadError: null });
  useLicenseStore.getState().reset();
  useQueueStore.getState().reset();
  useCustomFieldsStore.getState().reset();
  useCallCenterStore.getState().reset();
}

export function SignedInApp() {
  const [router] = useState(createAppRouter);
  useEffect(() => forgetSessionData, []);
  return <RouterProvider router={router} />;
}
