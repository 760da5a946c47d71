import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/authStore';

/** The product and the company it is set up for, at the top of the sidebar. */
export function Brand() {
  const { t } = useTranslation();
  const { company } = useSession();
  return (
    <Group gap="sm" wrap="nowrap" px={6}>
      <ThemeIcon size={36} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'cyan' }}>
        <IconAddressBook size={20} />
      </ThemeIcon>
      <Stack gap={0} miw={0}>
        <Text fw={700} fz="sm" truncate>
          {company.name}
        </Text>
        <Text fz="xs" c="dimmed" truncate>
          {t('app.name')}
        </Text>
      </Stack>
    </Group>
  );
}
