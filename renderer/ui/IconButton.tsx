import { ActionIcon, Tooltip, type ActionIconProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface IconButtonProps extends Pick<ActionIconProps, 'color' | 'size' | 'disabled'> {
  icon: Icon;
  /** The button's accessible name, e.g. "Remove SKU-1". */
  label: string;
  /** Shown on hover; the label unless a shorter word reads better there. */
  hint?: string;
  onClick(): void;
}

/** An icon-only action, e.g. one of a row's buttons: named for screen readers, explained on hover. */
export function IconButton({ icon: ButtonIcon, label, hint = label, onClick, ...props }: IconButtonProps) {
  return (
    <Tooltip label={hint}>
      <ActionIcon variant="subtle" aria-label={label} onClick={onClick} {...props}>
        <ButtonIcon size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
