import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../app/platform';
import classes from './SearchButton.module.css';
import { useSearchStore } from './searchStore';

/** Looks like a search box in the header; opens the search, and tells its shortcut. */
export function SearchButton() {
  const { t } = useTranslation();
  const open = useSearchStore((store) => store.open);
  return (
    <UnstyledButton
      className={classes.button}
      onClick={open}
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
    >
      <Group gap="xs" wrap="nowrap">
        <IconSearch size={16} />
        <Text fz="sm" c="dimmed" style={{ flex: 1 }} truncate>
          {t('search.open')}
        </Text>
        <Kbd size="xs">{isMac ? '⌘ K' : 'Ctrl K'}</Kbd>
      </Group>
    </UnstyledButton>
  );
}
