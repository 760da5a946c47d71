import { Badge, Group, Table } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../ui/IconButton';
import { nameValues, type CatalogueNaming } from './catalogueNaming';

/** What may be done to a catalogue record from its row, for those who manage the catalogue. */
export interface CatalogueActions<T> {
  edit(item: T): void;
  setArchived(item: T, archived: boolean): void;
}

interface CatalogueRowActionsProps<T extends { archived: boolean }> {
  item: T;
  naming: CatalogueNaming<T>;
  actions: CatalogueActions<T>;
}

/** A row's last cell: edit an active record (an archived one says so), archive or restore it. */
export function CatalogueRowActions<T extends { archived: boolean }>({
  item,
  naming,
  actions,
}: CatalogueRowActionsProps<T>) {
  const { t } = useTranslation();
  const { texts } = naming;
  const values = nameValues(naming, item);
  return (
    <Table.Td w={96}>
      <Group gap={4} justify="flex-end" wrap="nowrap">
        {item.archived ? (
          <Badge variant="light" color="gray" tt="none" mr="xs">
            {t(`${texts}.archivedBadge`)}
          </Badge>
        ) : (
          <IconButton
            icon={IconEdit}
            label={t(`${texts}.editLabel`, values)}
            hint={t(`${texts}.edit`)}
            onClick={() => actions.edit(item)}
          />
        )}
        <IconButton
          icon={item.archived ? IconArchiveOff : IconArchive}
          color={item.archived ? undefined : 'red'}
          label={t(item.archived ? `${texts}.restoreLabel` : `${texts}.archiveLabel`, values)}
          hint={t(item.archived ? `${texts}.restore` : `${texts}.archive`)}
          onClick={() => actions.setArchived(item, !item.archived)}
        />
      </Group>
    </Table.Td>
  );
}
