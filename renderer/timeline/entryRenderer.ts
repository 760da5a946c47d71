import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { TimelineEntry, TimelineKind } from '../../shared/timeline/contract';

/** A timeline entry as the page may receive it: of a kind this build knows, or of a newer one. */
export interface AnyTimelineEntry {
  kind: string;
  id: number;
  at: number;
  actor: { id: number; name: string } | null;
  data: unknown;
}

/** How one kind of entry looks: its bullet icon and what it says. */
export interface TimelineEntryRenderer<E> {
  icon: Icon;
  Content: ComponentType<{ entry: E }>;
}

/** A renderer per kind; a kind without one is shown as a plain entry. */
export type TimelineEntryRenderers = {
  [K in TimelineKind]?: TimelineEntryRenderer<Extract<TimelineEntry, { kind: K }>>;
};
