import { Text, Timeline as MantineTimeline } from '@mantine/core';
import { IconHistory, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDate';
import { PagedListContent } from '../ui/PagedListContent';
import type { usePagedList } from '../ui/usePagedList';
import type { AnyTimelineEntry, TimelineEntryRenderer } from './entryRenderer';
import { ENTRY_RENDERERS } from './entryRenderers';

/** An entry of a kind this build has no renderer for (a newer module's): its kind, who and when. */
function GenericContent({ entry }: { entry: AnyTimelineEntry }) {
  const { t } = useTranslation();
  return <Text fz="sm">{t('timeline.generic', { kind: entry.kind.replaceAll('_', ' ') })}</Text>;
}

const GENERIC: TimelineEntryRenderer<AnyTimelineEntry> = { icon: IconPoint, Content: GenericContent };

function rendererFor(kind: string): TimelineEntryRenderer<AnyTimelineEntry> {
  const known = (ENTRY_RENDERERS as Record<string, TimelineEntryRenderer<AnyTimelineEntry> | undefined>)[
    kind
  ];
  return known ?? GENERIC;
}

function Entry({ entry }: { entry: AnyTimelineEntry }) {
  const { t, i18n } = useTranslation();
  const { Content } = rendererFor(entry.kind);
  return (
    <>
      <Content entry={entry} />
      <Text fz="xs" c="dimmed" mt={2}>
        {entry.actor
          ? t('timeline.byAt', { name: entry.actor.name, at: formatDateTime(entry.at, i18n.language) })
          : formatDateTime(entry.at, i18n.language)}
      </Text>
    </>
  );
}

/** A merged timeline, newest first, paged as it scrolls, each kind drawn by its own renderer. */
export function TimelineList({ list }: { list: ReturnType<typeof usePagedList<AnyTimelineEntry>> }) {
  const { t } = useTranslation();
  return (
    <PagedListContent
      list={list}
      empty={{ icon: IconHistory, title: t('timeline.emptyTitle'), description: t('timeline.emptyText') }}
    >
      {(entries) => (
        <MantineTimeline bulletSize={26} lineWidth={2} aria-label={t('timeline.title')}>
          {entries.map((entry) => {
            const EntryIcon = rendererFor(entry.kind).icon;
            return (
              <MantineTimeline.Item
                key={`${entry.kind}:${entry.id}`}
                bullet={<EntryIcon size={14} />}
                data-testid="timeline-entry"
              >
                <Entry entry={entry} />
              </MantineTimeline.Item>
            );
          })}
        </MantineTimeline>
      )}
    </PagedListContent>
  );
}
