import { Badge, Group, Select, Tabs } from '@mantine/core';
import { IconArrowsSort, IconTag, IconTrash, IconUser, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CONTACT_SORTS, type ContactSort } from '../../../shared/contacts/contract';
import { CustomFilterButton } from '../../custom-fields/CustomFilter';
import { useUsersStore } from '../../users/usersStore';
import { useContactListStore, type ContactView } from '../contactListStore';
import { useTagsStore } from '../tagsStore';

const VIEW_PATHS: Record<ContactView, string> = { active: '/contacts', trash: '/contacts/trash' };

const isSort = (value: string | null): value is ContactSort =>
  (CONTACT_SORTS as readonly (string | null)[]).includes(value);

/** The view tabs (customers, trash), the sort order, the tag, owner and custom-field filters. */
export function ContactsToolbar({ view }: { view: ContactView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useContactListStore((store) => store.query);
  const setQuery = useContactListStore((store) => store.setQuery);
  const tags = useTagsStore((store) => store.tags);
  const users = useUsersStore((store) => store.users);
  const owners = users.map((user) => ({ value: String(user.id), label: user.displayName }));
  const tagCounts = new Map(tags.map((entry) => [entry.tag, entry.count]));

  return (
    <Group justify="space-between" px="lg" pt={4} pb="sm" gap="sm">
      <Tabs
        value={view}
        onChange={(next) => next && void navigate(VIEW_PATHS[next as ContactView])}
        variant="pills"
      >
        <Tabs.List>
          <Tabs.Tab value="active" leftSection={<IconUsers size={16} />}>
            {t('contacts.views.active')}
          </Tabs.Tab>
          <Tabs.Tab value="trash" leftSection={<IconTrash size={16} />}>
            {t('contacts.views.trash')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group gap="sm">
        <Select
          w={180}
          aria-label={t('contacts.sort.label')}
          leftSection={<IconArrowsSort size={16} />}
          data={CONTACT_SORTS.map((sort) => ({ value: sort, label: t(`contacts.sort.${sort}`) }))}
          value={query.sort}
          onChange={(sort) => isSort(sort) && void setQuery({ sort })}
          allowDeselect={false}
        />
        <Select
          w={180}
          aria-label={t('contacts.filter.tag')}
          placeholder={t('contacts.filter.anyTag')}
          leftSection={<IconTag size={16} />}
          data={tags.map((entry) => entry.tag)}
          renderOption={({ option }) => (
            <Group justify="space-between" w="100%" wrap="nowrap">
              {option.value}
              <Badge size="xs" variant="default">
                {tagCounts.get(option.value)}
              </Badge>
            </Group>
          )}
          value={query.tag}
          onChange={(tag) => void setQuery({ tag })}
          nothingFoundMessage={t('contacts.filter.noTags')}
          searchable
          clearable
        />
        <Select
          w={180}
          aria-label={t('contacts.filter.owner')}
          placeholder={t('contacts.filter.anyOwner')}
          leftSection={<IconUser size={16} />}
          data={owners}
          value={query.ownerId === null ? null : String(query.ownerId)}
          onChange={(ownerId) => void setQuery({ ownerId: ownerId === null ? null : Number(ownerId) })}
          clearable
        />
        <CustomFilterButton
          entity="contact"
          conditions={query.custom}
          onChange={(custom) => void setQuery({ custom })}
        />
      </Group>
    </Group>
  );
}
