import { useEffect } from 'react';
import { getBridge } from '../bridge/getBridge';
import { useContactEditorStore } from '../contacts/contactEditorStore';
import { useVendorHelpStore } from '../remote/vendorHelpStore';
import { useSearchStore } from '../search/searchStore';
import { useUserMenuStore } from './userMenuStore';

/** The desktop app's menu commands (absent in a browser). */
export function useDesktopCommands(): void {
  useEffect(() => {
    const unsubscribe = getBridge().onCommand?.((command) => {
      if (command === 'new-contact') useContactEditorStore.getState().openCreate();
      else if (command === 'search') useSearchStore.getState().open();
      else if (command === 'remote-help') useVendorHelpStore.getState().open();
      else useUserMenuStore.getState().setOpened(true);
    });
    return unsubscribe;
  }, []);
}
