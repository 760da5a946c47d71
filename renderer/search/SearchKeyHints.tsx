import { Group, Kbd } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The keys of the search, under its results. */
export function SearchKeyHints() {
  const { t } = useTranslation();
  return (
    <Group gap="lg" px="md" py="xs" c="dimmed" fz="xs">
      <Group gap={4}>
        <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd>
        {t('search.keys.move')}
      </Group>
      <Group gap={4}>
        <Kbd size="xs">↵</Kbd>
        {t('search.keys.open')}
      </Group>
      <Group gap={4}>
        <Kbd size="xs">Esc</Kbd>
        {t('search.keys.close')}
      </Group>
    </Group>
  );
}
