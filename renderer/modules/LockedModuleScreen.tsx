import { Box, Button, Center, EmptyState, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { moduleTextKeys, type ModuleId } from '../../shared/catalogue';
import { mayCall, PAGE_PATHS } from '../app/access';
import { useSession } from '../auth/authStore';
import { joinSentences } from '../i18n/sentences';
import { UnlockOptions } from './UnlockOptions';
import { unlockSentence } from './unlockText';

/** Shown instead of a module the licence lacks: what it does, and what unlocks it. */
export function LockedModuleScreen({ module }: { module: ModuleId }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const name = t(moduleTextKeys(module).name);
  return (
    <Center p="xl" mih="60dvh">
      <EmptyState
        role="region"
        aria-label={t('modules.locked.title', { module: name })}
        icon={<IconLock size={28} />}
        variant="light"
        color="gray"
        title={t('modules.locked.title', { module: name })}
        description={joinSentences(
          [t(moduleTextKeys(module).description), unlockSentence(module, t, i18n.language)],
          i18n.language,
        )}
        maw={620}
      >
        <Box mt="lg" w="100%">
          <UnlockOptions module={module} />
        </Box>
        <EmptyState.Actions>
          <Button component={Link} to={`${PAGE_PATHS.plan}?module=${module}`}>
            {t('modules.locked.comparePlans')}
          </Button>
        </EmptyState.Actions>
        {!mayCall(user.role, 'license.activate') && (
          <Text fz="sm" c="dimmed" mt="md" ta="center">
            {t('modules.locked.askOwner')}
          </Text>
        )}
      </EmptyState>
    </Center>
  );
}
