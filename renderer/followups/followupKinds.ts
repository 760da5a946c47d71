import { IconChecklist, IconMail, IconMapPin, IconNote, IconPhone, type Icon } from '@tabler/icons-react';
import type { FollowupKind } from '../../shared/followups/contract';

export const FOLLOWUP_KIND_ICONS: Record<FollowupKind, Icon> = {
  call: IconPhone,
  visit: IconMapPin,
  email: IconMail,
  note: IconNote,
  task: IconChecklist,
};
