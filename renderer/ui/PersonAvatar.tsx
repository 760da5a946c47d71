import { Avatar, type AvatarProps } from '@mantine/core';
import { initials } from './initials';

/** A person's initials on a colour that stays the same for the same name. */
export function PersonAvatar({ name, ...props }: { name: string } & Omit<AvatarProps, 'name' | 'color'>) {
  return (
    <Avatar name={name} color="initials" radius="xl" {...props}>
      {initials(name)}
    </Avatar>
  );
}
