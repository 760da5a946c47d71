import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';

/** The frame of the screens shown before sign-in: brand, a card, and the language choice. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-body)" pos="relative">
      <Group pos="absolute" top={16} right={16}>
        <LanguageSwitch />
      </Group>
      <Center mih="100dvh" p="md">
        <Stack w="100%" maw={420} gap="lg">
          <Group gap="sm" justify="center">
            <ThemeIcon size={40} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'cyan' }}>
              <IconAddressBook size={24} />
            </ThemeIcon>
            <Text fw={700} fz="lg">
              {t('app.name')}
            </Text>
          </Group>
          <Paper withBorder shadow="sm" radius="lg" p="xl">
            <Stack gap="xs" mb="lg">
              <Title order={2} fz="h3">
                {title}
              </Title>
              <Text c="dimmed" fz="sm">
                {subtitle}
              </Text>
            </Stack>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
