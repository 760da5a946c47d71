import { Center, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { moduleTextKeys, type ModuleId } from '../../shared/catalogue';
import { joinSentences } from '../i18n/sentences';
import { MODULE_ICONS } from './moduleCatalogue';

/** A module the licence covers whose screens this version does not have yet. */
export function ComingLaterScreen({ module }: { module: ModuleId }) {
  const { t, i18n } = useTranslation();
  const ModuleIcon = MODULE_ICONS[module];
  const name = t(moduleTextKeys(module).name);
  return (
    <Center p="xl" mih="60dvh">
      <EmptyState
        icon={<ModuleIcon size={28} />}
        variant="light"
        title={t('modules.comingLater.title', { module: name })}
        description={joinSentences(
          [t(moduleTextKeys(module).description), t('modules.comingLater.description')],
          i18n.language,
        )}
        maw={520}
      />
    </Center>
  );
}
