import { Group, Skeleton, Stack } from '@mantine/core';

const SKELETON_ROWS = 8;

/** Placeholder rows while the first page loads. */
export function ContactListSkeleton() {
  return (
    <Stack gap="md" px="lg" py="md" aria-hidden>
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        <Group key={index} gap="sm" wrap="nowrap">
          <Skeleton circle height={34} />
          <Skeleton height={12} width="22%" />
          <Skeleton height={12} width="18%" />
          <Skeleton height={12} width="16%" />
        </Group>
      ))}
    </Stack>
  );
}
