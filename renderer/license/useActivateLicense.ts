import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { editionTextKeys } from '../../shared/catalogue';
import { useLicenseStore } from './licenseStore';

/** Activates a key and says so when it worked; a refusal stays in the store for the licence page. */
export function useActivateLicense(): (key: string) => Promise<boolean> {
  const { t } = useTranslation();
  const activate = useLicenseStore((store) => store.activate);
  return async (key) => {
    const accepted = await activate(key);
    const status = useLicenseStore.getState().status;
    if (accepted && status?.edition) {
      notifications.show({
        color: 'teal',
        message: t('license.activation.done', {
          edition: t(editionTextKeys(status.edition).name),
          licensee: status.licensee,
        }),
      });
    }
    return accepted;
  };
}
