import { ActionIcon, Badge, Card, Group, Table, Text } from '@mantine/core';
import {
  IconArchive,
  IconArrowBackUp,
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconPencil,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDef } from '../../shared/custom-fields/contract';
import { IconButton } from '../ui/IconButton';

const SHOWN_CHOICES = 4;

interface FieldTableProps {
  caption: string;
  fields: CustomFieldDef[];
  busy: boolean;
  onMove(field: CustomFieldDef, step: -1 | 1): void;
  onEdit(field: CustomFieldDef): void;
  onArchive(field: CustomFieldDef, archived: boolean): void;
}

function Choices({ choices }: { choices: string[] }) {
  const hidden = choices.length - SHOWN_CHOICES;
  return (
    <Group gap={4}>
      {choices.slice(0, SHOWN_CHOICES).map((choice) => (
        <Badge key={choice} variant="light" radius="sm" size="sm" tt="none" maw={140}>
          {choice}
        </Badge>
      ))}
      {hidden > 0 && (
        <Badge variant="default" radius="sm" size="sm">
          +{hidden}
        </Badge>
      )}
    </Group>
  );
}

/** An entity's fields in the order forms show them, with their actions. */
export function FieldTable({ caption, fields, busy, onMove, onEdit, onArchive }: FieldTableProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding={0}>
      <Table verticalSpacing="sm" horizontalSpacing="lg" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customFields.fields.label')}</Table.Th>
            <Table.Th>{t('customFields.fields.type')}</Table.Th>
            <Table.Th>{t('customFields.fields.choices')}</Table.Th>
            <Table.Th>{t('customFields.fields.inList')}</Table.Th>
            <Table.Th w={200} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field, index) => (
            <Table.Tr key={field.id} c={field.archived ? 'dimmed' : undefined}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text fz="sm" fw={600}>
                    {field.label}
                  </Text>
                  {field.archived && (
                    <Badge variant="default" size="sm">
                      {t('customFields.page.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{t(`customFields.types.${field.type}`)}</Table.Td>
              <Table.Td>
                <Choices choices={field.choices} />
              </Table.Td>
              <Table.Td>
                {field.inList && <IconCheck size={18} aria-label={t('customFields.page.shownInList')} />}
              </Table.Td>
              <Table.Td>
                <Group gap={2} justify="flex-end" wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    disabled={busy || index === 0}
                    onClick={() => onMove(field, -1)}
                    aria-label={t('customFields.page.up', { label: field.label })}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={busy || index === fields.length - 1}
                    onClick={() => onMove(field, 1)}
                    aria-label={t('customFields.page.down', { label: field.label })}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={busy}
                    onClick={() => onEdit(field)}
                    aria-label={t('customFields.page.edit', { label: field.label })}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <IconButton
                    icon={field.archived ? IconArrowBackUp : IconArchive}
                    color={field.archived ? undefined : 'red'}
                    disabled={busy}
                    onClick={() => onArchive(field, !field.archived)}
                    label={t(field.archived ? 'customFields.page.restore' : 'customFields.page.archive', {
                      label: field.label,
                    })}
                    hint={t(
                      field.archived ? 'customFields.page.restoreHint' : 'customFields.page.archiveHint',
                    )}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
