import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface OrderSheetProps {
  number: string;
  statusBadge: ReactNode;
  /** Who the order is with: its supplier, its customer. */
  party: ReactNode;
  /** The buttons of what may be done to the order now. */
  actions: ReactNode;
  /** The OrderFacts of the header card. */
  facts: ReactNode;
  factColumns: number;
  notes: string | null;
  /** The lines, and what follows them (the dialogs of the actions). */
  children: ReactNode;
}

/** A stored order's page: its number, status and party with its actions, its facts and notes, then its lines. */
export function OrderSheet(props: OrderSheetProps) {
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} fz="h2">
              {props.number}
            </Title>
            {props.statusBadge}
          </Group>
          {props.party}
        </div>
        <Group gap="xs">{props.actions}</Group>
      </Group>
      <Card withBorder radius="md">
        <SimpleGrid cols={{ base: 2, sm: props.factColumns }}>{props.facts}</SimpleGrid>
        {props.notes && (
          <Text fz="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {props.notes}
          </Text>
        )}
      </Card>
      {props.children}
    </Stack>
  );
}
