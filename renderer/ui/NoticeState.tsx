import { EmptyState, type EmptyStateProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface NoticeStateProps extends Omit<EmptyStateProps, 'icon' | 'children'> {
  icon: Icon;
  /** The next step it offers, e.g. a button. */
  action?: ReactNode;
  /** Something went wrong: shown in red and announced. */
  failure?: boolean;
}

/** Said in place of content: there is nothing here, it may not be opened, or it failed. */
export function NoticeState({ icon: NoticeIcon, action, failure = false, ...props }: NoticeStateProps) {
  return (
    <EmptyState
      icon={<NoticeIcon size={28} />}
      withIndicatorBackground
      {...(failure && { role: 'alert', variant: 'light', color: 'red' })}
      {...props}
    >
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
