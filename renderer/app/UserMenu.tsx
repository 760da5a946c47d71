import {
  Group,
  Menu,
  Stack,
  Text,
  UnstyledButton,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceDesktop,
  IconKey,
  IconLifebuoy,
  IconLogout,
  IconMoon,
  IconSun,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../account/ChangePasswordDialog';
import { useAuthStore, useSession } from '../auth/authStore';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/language';
import { changeLanguage } from '../i18n/setup';
import { useVendorHelpStore } from '../remote/vendorHelpStore';
import { useUserMenuStore } from './userMenuStore';
import { PersonAvatar } from '../ui/PersonAvatar';

const THEMES: { scheme: MantineColorScheme; icon: ReactNode }[] = [
  { scheme: 'light', icon: <IconSun size={16} /> },
  { scheme: 'dark', icon: <IconMoon size={16} /> },
  { scheme: 'auto', icon: <IconDeviceDesktop size={16} /> },
];

const check = (on: boolean) => (on ? <IconCheck size={16} /> : null);

/** Who is signed in, and their preferences: language, theme, password, sign-out; and help from the vendor. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { user, company } = useSession();
  const signOut = useAuthStore((store) => store.signOut);
  const { opened, setOpened } = useUserMenuStore();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [changingPassword, setChangingPassword] = useState(false);
  const openVendorHelp = useVendorHelpStore((store) => store.open);

  return (
    <>
      <Menu opened={opened} onChange={setOpened} position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UnstyledButton
            aria-label={t('user.menu')}
            px="xs"
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Group gap="sm" wrap="nowrap">
              <PersonAvatar name={user.displayName} size={32} />
              <Stack gap={0} visibleFrom="sm">
                <Text fz="sm" fw={600} lh={1.2}>
                  {user.displayName}
                </Text>
                <Text fz="xs" c="dimmed" lh={1.2}>
                  {t(`user.roles.${user.role}`)}
                </Text>
              </Stack>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Stack gap={0} px="sm" py="xs">
            <Text fz="sm" fw={600} truncate>
              {user.displayName}
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {t(`user.roles.${user.role}`)} · {company.name}
            </Text>
          </Stack>
          <Menu.Divider />
          <Menu.Label>{t('user.language')}</Menu.Label>
          {LANGUAGES.map((option) => (
            <Menu.Item
              key={option}
              lang={option}
              onClick={() => changeLanguage(option)}
              rightSection={check(option === language)}
            >
              {LANGUAGE_NAMES[option]}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Label>{t('user.theme')}</Menu.Label>
          {THEMES.map(({ scheme, icon }) => (
            <Menu.Item
              key={scheme}
              leftSection={icon}
              onClick={() => setColorScheme(scheme)}
              rightSection={check(scheme === colorScheme)}
            >
              {t(`user.themes.${scheme}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconLifebuoy size={16} />} onClick={openVendorHelp}>
            {t('vendorHelp.open')}
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPassword(true)}>
            {t('account.password.open')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            {t('user.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordDialog opened={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
