import { Badge, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../ui/ErrorState';
import type { useCategories } from './useCategories';

interface CategoryNavProps {
  categories: ReturnType<typeof useCategories>;
  /** The chosen category's id; null for uncategorised, undefined for all. */
  value: number | null | undefined;
  onChange(value: number | null | undefined): void;
}

/** The knowledge base's left column: all articles, each category with its count, uncategorised. */
export function CategoryNav({ categories, value, onChange }: CategoryNavProps) {
  const { t } = useTranslation();
  const { state, reload } = categories;
  return (
    <Stack gap={2} component="nav" aria-label={t('knowledge.categories.label')}>
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('knowledge.categories.label')}
      </Text>
      <NavLink
        component="button"
        label={t('knowledge.categories.all')}
        active={value === undefined}
        onClick={() => onChange(undefined)}
        variant="light"
      />
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ready' &&
        state.items.map((category) => (
          <NavLink
            key={category.id}
            component="button"
            label={category.name}
            rightSection={
              <Badge size="sm" variant="light" color="gray" aria-hidden>
                {category.articleCount}
              </Badge>
            }
            active={value === category.id}
            onClick={() => onChange(category.id)}
            variant="light"
          />
        ))}
      <NavLink
        component="button"
        label={t('knowledge.categories.none')}
        active={value === null}
        onClick={() => onChange(null)}
        variant="light"
      />
    </Stack>
  );
}
