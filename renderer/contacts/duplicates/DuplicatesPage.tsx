import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopyCheck, IconGitMerge, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts/contract';
import type { DuplicateGroup } from '../../../shared/contacts/duplicates-contract';
import { call } from '../../bridge/call';
import { errorMessage } from '../../i18n/errorMessages';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorState } from '../../ui/ErrorState';
import { NoticeState } from '../../ui/NoticeState';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { UndoMessage } from '../detail/UndoMessage';
import { MergeDialog } from './MergeDialog';

type Found = { groups: DuplicateGroup[]; total: number };

function GroupCard({ group, onMerge }: { group: DuplicateGroup; onMerge(): void }) {
  const { t } = useTranslation();
  const names = group.contacts.map((contact) => contact.name).join(', ');
  return (
    <Card withBorder radius="lg" padding="md" aria-label={names} component="section">
      <Group justify="space-between" mb="sm">
        <Group gap={6}>
          {group.reasons.map((reason) => (
            <Badge key={reason} variant="light">
              {t(`contacts.duplicates.reasons.${reason}`)}
            </Badge>
          ))}
        </Group>
        <Button size="xs" leftSection={<IconGitMerge size={14} />} onClick={onMerge}>
          {t('contacts.merge.open')}
        </Button>
      </Group>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {group.contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <Text component={Link} to={`/contacts/${contact.id}`} fz="sm" fw={600} c="inherit">
                  {contact.name}
                </Text>
              </Table.Td>
              <Table.Td>{contact.companyName ?? '—'}</Table.Td>
              <Table.Td>{contact.phones.join(', ') || '—'}</Table.Td>
              <Table.Td>{contact.emails.join(', ') || '—'}</Table.Td>
              <Table.Td c="dimmed">{contact.ownerName ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** `/contacts/duplicates`: likely duplicates across all customers, merged group by group. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const [merging, setMerging] = useState<readonly Contact[] | null>(null);
  const scan = () => {
    setFound(null);
    setError(null);
    setGeneration((count) => count + 1);
  };

  useEffect(() => {
    let cancelled = false;
    call('contacts.duplicates.find', {}).then(
      (answer) => !cancelled && setFound(answer),
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const undo = async (mergeId: number) => {
    try {
      await call('contacts.merge.undo', { mergeId });
      notifications.show({ color: 'teal', message: t('contacts.merge.undone') });
      scan();
    } catch (caught) {
      notifications.show({ color: 'red', message: errorMessage(caught)(t) });
    }
  };

  const merged = (mergeId: number, contact: Contact) => {
    setMerging(null);
    const id = `merge-${mergeId}`;
    notifications.show({
      id,
      color: 'teal',
      autoClose: 10_000,
      message: (
        <UndoMessage
          text={t('contacts.merge.done', { name: contact.name })}
          undoLabel={t('contacts.trash.undo')}
          onUndo={() => {
            notifications.hide(id);
            void undo(mergeId);
          }}
        />
      ),
    });
    scan();
  };

  let content;
  if (error) content = <ErrorState error={error} onRetry={scan} />;
  else if (!found) content = <CenteredLoader />;
  else if (found.groups.length === 0) {
    content = (
      <NoticeState
        icon={IconCopyCheck}
        title={t('contacts.duplicates.none')}
        description={t('contacts.duplicates.noneDescription')}
      />
    );
  } else {
    content = (
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('contacts.duplicates.count', { count: found.total, shown: found.groups.length })}
        </Text>
        {found.groups.map((group) => (
          <GroupCard
            key={group.contacts.map((contact) => contact.id).join('-')}
            group={group}
            onMerge={() => setMerging(group.contacts)}
          />
        ))}
      </Stack>
    );
  }

  return (
    <PageFrame>
      <PageHeader
        title={t('contacts.duplicates.title')}
        subtitle={t('contacts.duplicates.subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={scan}
            loading={!found && !error}
          >
            {t('contacts.duplicates.rescan')}
          </Button>
        }
      />
      {content}
      {merging && <MergeDialog contacts={merging} onClose={() => setMerging(null)} onMerged={merged} />}
    </PageFrame>
  );
}
