import { Card, Group, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { IconCalendar, IconUser } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../../../shared/deals/contract';
import { formatAmount } from '../money';
import classes from './Board.module.css';

/** `Mar 1` this year, `Mar 1, 2026` in another: a card has little room. */
function formatShortDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const thisYear = date.getUTCFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    day: 'numeric',
    ...(!thisYear && { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}

/** What a card shows; also the look of the card while it is dragged. */
export function DealCardBody({ deal }: { deal: Deal }) {
  const { i18n } = useTranslation();
  return (
    <>
      <Text fw={600} fz="sm" lineClamp={2}>
        {deal.title}
      </Text>
      <Text fz="sm" fw={500} c="blue.8">
        {formatAmount(deal.amount, deal.currency, i18n.language)}
      </Text>
      {(deal.contactName ?? deal.companyName) && (
        <Text fz="xs" c="dimmed" truncate>
          {[deal.contactName, deal.companyName].filter(Boolean).join(' · ')}
        </Text>
      )}
      <Group gap={6} mt={4} wrap="wrap">
        <Group gap={4} wrap="nowrap" miw={0}>
          <IconUser size={12} aria-hidden />
          <Text fz="xs" c="dimmed" truncate>
            {deal.ownerName}
          </Text>
        </Group>
        {deal.expectedClose && (
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={12} aria-hidden />
            <Text fz="xs" c="dimmed">
              {formatShortDay(deal.expectedClose, i18n.language)}
            </Text>
          </Group>
        )}
      </Group>
    </>
  );
}

interface DealCardProps {
  deal: Deal;
  onOpen(deal: Deal): void;
  /** Focus the card when it appears (in the column a keyboard drop moved it to). */
  takeFocus: boolean;
}

/** A deal on the board: drag it (mouse, or Space and the arrow keys) or open it (click, Enter). */
export function DealCard({ deal, onOpen, takeFocus }: DealCardProps) {
  const { t, i18n } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: deal.id, data: { deal } });
  const cardRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (takeFocus) cardRef.current?.focus();
  }, [takeFocus]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && !isDragging) onOpen(deal);
  };
  return (
    <Card
      ref={(node: HTMLDivElement | null) => {
        setNodeRef(node);
        cardRef.current = node;
      }}
      withBorder
      padding="sm"
      radius="md"
      className={classes.card}
      data-dragging={isDragging || undefined}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(deal)}
      aria-roledescription={t('deals.board.cardRole')}
      aria-label={`${deal.title}, ${formatAmount(deal.amount, deal.currency, i18n.language)}`}
    >
      <DealCardBody deal={deal} />
    </Card>
  );
}
