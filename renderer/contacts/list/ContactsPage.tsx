import { Box, Button, Group, Kbd, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomFilterChips } from '../../custom-fields/CustomFilter';
import { TransferButtons } from '../../transfer/TransferButtons';
import { useContactEditorStore } from '../contactEditorStore';
import { useContactListStore, type ContactView } from '../contactListStore';
import classes from './ContactList.module.css';
import { ContactListBody } from './ContactListBody';
import { ContactSelectionBar } from './ContactSelectionBar';
import { ContactsToolbar } from './ContactsToolbar';

/** Customers: the list of contacts, or the trash. */
export function ContactsPage({ view }: { view: ContactView }) {
  const { t } = useTranslation();
  const showView = useContactListStore((store) => store.showView);
  const customFilter = useContactListStore((store) => store.query.custom);
  const setQuery = useContactListStore((store) => store.setQuery);
  const openCreate = useContactEditorStore((store) => store.openCreate);

  useEffect(() => {
    void showView(view);
  }, [view, showView]);

  return (
    <Stack h="calc(100dvh - var(--app-shell-header-height, 0px))" gap={0}>
      <Group justify="space-between" align="flex-end" px="lg" pt="lg" pb="sm">
        <Box>
          <Title order={1} fz="h2">
            {t('contacts.title')}
          </Title>
          <Text c="dimmed" fz="sm">
            {view === 'trash' ? t('contacts.trashSubtitle') : t('contacts.subtitle')}
          </Text>
        </Box>
        <Group gap="xs">
          <TransferButtons view={view} />
          {view === 'active' && (
            <Button
              variant="default"
              component={Link}
              to="/contacts/duplicates"
              leftSection={<IconCopy size={16} />}
            >
              {t('contacts.duplicates.find')}
            </Button>
          )}
          <Tooltip
            label={
              <Group gap={6}>
                {t('contacts.newShortcut')} <Kbd size="xs">N</Kbd>
              </Group>
            }
          >
            <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
              {t('contacts.new')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <ContactsToolbar view={view} />
      {view === 'active' && <ContactSelectionBar />}
      {customFilter.length > 0 && (
        <Box px="lg" pb="sm">
          <CustomFilterChips
            entity="contact"
            conditions={customFilter}
            onChange={(custom) => void setQuery({ custom })}
          />
        </Box>
      )}
      <div className={classes.table}>
        <ContactListBody view={view} />
      </div>
    </Stack>
  );
}
