import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WORK_ORDER_PRIORITIES,
  WORK_ORDER_SORTS,
  WORK_ORDER_STATUSES,
  type WorkOrderPriority,
  type WorkOrderSort,
  type WorkOrderStatus,
} from '../../shared/workorders/contract';
import { ContactPicker } from '../deals/form/ContactPicker';
import { useUsersStore } from '../users/usersStore';
import { filterCount, NO_FILTER, type FilterValues } from './queueFilter';
import { useQueueStore } from './queueStore';

const TYPING_DELAY_MS = 250;

/** Search, filters and sort above the queue; typed text is sent once the user pauses. */
export function QueueFilters() {
  const { t } = useTranslation();
  const filter = useQueueStore((store) => store.filter);
  const sort = useQueueStore((store) => store.sort);
  const setFilter = useQueueStore((store) => store.setFilter);
  const setSort = useQueueStore((store) => store.setSort);
  const users = useUsersStore((store) => store.users);
  // Typed text shows at once; the list follows after a pause.
  const [text, setText] = useState(filter.text);
  const [category, setCategory] = useState(filter.category);
  const sendTyped = useDebouncedCallback((typed: Partial<FilterValues>) => {
    setFilter({ ...useQueueStore.getState().filter, ...typed });
  }, TYPING_DELAY_MS);
  const change = (part: Partial<FilterValues>) => setFilter({ ...filter, ...part });
  const clear = () => {
    setText('');
    setCategory('');
    setFilter(NO_FILTER);
  };

  return (
    <Group gap="sm" px="lg" py="sm" align="flex-end">
      <TextInput
        label={t('workorders.filters.text')}
        placeholder={t('workorders.filters.textPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          sendTyped({ text: event.currentTarget.value });
        }}
        w={240}
      />
      <MultiSelect
        label={t('workorders.filters.status')}
        placeholder={filter.statuses.length === 0 ? t('workorders.filters.any') : undefined}
        data={WORK_ORDER_STATUSES.map((status) => ({
          value: status,
          label: t(`workorders.statuses.${status}`),
        }))}
        value={filter.statuses}
        onChange={(statuses) => change({ statuses: statuses as WorkOrderStatus[] })}
        clearable
        w={200}
      />
      <MultiSelect
        label={t('workorders.filters.priority')}
        placeholder={filter.priorities.length === 0 ? t('workorders.filters.any') : undefined}
        data={WORK_ORDER_PRIORITIES.map((priority) => ({
          value: priority,
          label: t(`workorders.priorities.${priority}`),
        }))}
        value={filter.priorities}
        onChange={(priorities) => change({ priorities: priorities as WorkOrderPriority[] })}
        clearable
        w={180}
      />
      <Select
        label={t('workorders.filters.assignee')}
        placeholder={t('workorders.filters.anyone')}
        data={users.map((user) => ({ value: String(user.id), label: user.displayName }))}
        value={filter.assigneeId}
        onChange={(assigneeId) => change({ assigneeId })}
        searchable
        clearable
        w={170}
      />
      <ContactPicker
        label={t('workorders.filters.customer')}
        value={filter.customer}
        onChange={(customer) => change({ customer })}
      />
      <TextInput
        label={t('workorders.filters.category')}
        value={category}
        onChange={(event) => {
          setCategory(event.currentTarget.value);
          sendTyped({ category: event.currentTarget.value });
        }}
        w={140}
      />
      <TextInput
        type="date"
        label={t('workorders.filters.createdFrom')}
        value={filter.createdFrom}
        onChange={(event) => change({ createdFrom: event.currentTarget.value })}
        w={150}
      />
      <TextInput
        type="date"
        label={t('workorders.filters.createdTo')}
        value={filter.createdTo}
        onChange={(event) => change({ createdTo: event.currentTarget.value })}
        w={150}
      />
      <Select
        label={t('workorders.sorts.label')}
        data={WORK_ORDER_SORTS.map((value) => ({ value, label: t(`workorders.sorts.${value}`) }))}
        value={sort}
        onChange={(value) => value && setSort(value as WorkOrderSort)}
        allowDeselect={false}
        w={150}
      />
      {(filterCount(filter) > 0 || text !== '') && (
        <Button variant="subtle" onClick={clear}>
          {t('workorders.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
