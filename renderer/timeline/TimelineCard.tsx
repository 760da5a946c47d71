import { Card, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { onContactChanged } from '../contacts/contactChanges';
import { onFollowupChanged } from '../followups/followupChanges';
import { onInstallationChanged } from '../installation/installationChanges';
import type { AnyTimelineEntry } from './entryRenderer';
import { TimelineList } from './TimelineList';
import { usePagedList } from '../ui/usePagedList';

export type TimelineSubject = { kind: 'contact'; id: number } | { kind: 'company'; id: number };

const PAGE = 30;

function loadPage(
  subject: TimelineSubject,
  cursor: string | null,
): Promise<{ items: AnyTimelineEntry[]; nextCursor: string | null }> {
  return subject.kind === 'contact'
    ? call('timeline.forContact', { contactId: subject.id, cursor, limit: PAGE })
    : call('timeline.forCompany', { companyId: subject.id, cursor, limit: PAGE });
}

/** The timeline of a contact or a company, kept current as follow-ups and the contact change. */
export function TimelineCard({ subject }: { subject: TimelineSubject }) {
  const { t } = useTranslation();
  const list = usePagedList<AnyTimelineEntry>(`${subject.kind}:${subject.id}`, (cursor) =>
    loadPage(subject, cursor),
  );
  const { reload } = list;

  useEffect(() => {
    const offFollowups = onFollowupChanged(reload);
    const offContact = onContactChanged((id) => subject.kind === 'contact' && id === subject.id && reload());
    // A company's timeline holds its contacts' sessions, which the event does not name.
    const offRemote = onEvent(
      'remoteSession.changed',
      (changed) => (subject.kind === 'company' || changed.contactId === subject.id) && reload(),
    );
    const offInstallation = onInstallationChanged(
      // A company's timeline holds its contacts' jobs, which the event does not name.
      (changed) => (subject.kind === 'company' || changed.contactId === subject.id) && reload(),
    );
    return () => {
      offFollowups();
      offContact();
      offRemote();
      offInstallation();
    };
  }, [reload, subject.kind, subject.id]);

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('timeline.title')}>
      <Title order={2} fz="md" mb="md">
        {t('timeline.title')}
      </Title>
      <TimelineList list={list} />
    </Card>
  );
}
