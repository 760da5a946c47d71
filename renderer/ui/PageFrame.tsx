import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** The padding and reading width of a settings-like page. */
export function PageFrame({ children }: { children: ReactNode }) {
  return (
    <Box px="xl" py="lg" maw={1180}>
      {children}
    </Box>
  );
}
