import { Combobox, Group, Highlight, Stack, Text } from '@mantine/core';
import type { Contact } from '../../shared/contacts/contract';
import classes from './SearchResultOption.module.css';
import { PersonAvatar } from '../ui/PersonAvatar';

/** One found contact: who it is, where they work, and how to reach them. */
export function SearchResultOption({ contact, query }: { contact: Contact; query: string }) {
  const subtitle = [contact.title, contact.companyName].filter(Boolean).join(' · ');
  const reach = contact.phones[0] ?? contact.emails[0] ?? '';
  return (
    <Combobox.Option value={String(contact.id)} py="xs" className={classes.option}>
      <Group wrap="nowrap" gap="sm">
        <PersonAvatar name={contact.name} size={36} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Highlight highlight={query} fw={600} fz="sm" truncate>
            {contact.name}
          </Highlight>
          {subtitle && (
            <Text c="dimmed" fz="xs" truncate>
              {subtitle}
            </Text>
          )}
        </Stack>
        {reach && (
          <Text c="dimmed" fz="xs" ff="monospace">
            {reach}
          </Text>
        )}
      </Group>
    </Combobox.Option>
  );
}
