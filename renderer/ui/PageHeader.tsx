import { Box, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle: string;
  /** Buttons on the right. */
  actions?: ReactNode;
}

/** A page's title, what it is for, and its main actions. */
export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="md">
      <Box>
        <Title order={1} fz="h2">
          {title}
        </Title>
        <Text c="dimmed" fz="sm">
          {subtitle}
        </Text>
      </Box>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
