import { Badge, Box, Group, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../../../shared/deals/contract';
import { targetId, type Board, type DropTarget } from '../boardMoves';
import classes from './Board.module.css';
import { ColumnTotals } from './ColumnTotals';
import { DealCard } from './DealCard';

interface BoardColumnProps {
  title: string;
  target: DropTarget;
  column: Board['won'];
  onOpen(deal: Deal): void;
  focusedDealId: number | null;
}

/** One stage, or won or lost: its name, how many deals and what they add up to, its cards. */
export function BoardColumn({ title, target, column, onOpen, focusedDealId }: BoardColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: targetId(target), data: { target } });
  const headingId = `column-${targetId(target)}`;
  const hidden = column.count - column.deals.length;
  return (
    <Box
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      data-outcome={target.kind === 'stage' ? undefined : target.kind}
      role="region"
      aria-labelledby={headingId}
    >
      <Box px="sm" pt="sm" pb="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text id={headingId} fw={650} fz="sm" lineClamp={2}>
            {title}
          </Text>
          <Badge variant="light" color="gray" aria-label={t('deals.board.count', { count: column.count })}>
            {column.count}
          </Badge>
        </Group>
        <ColumnTotals totals={column.totals} weighted={target.kind === 'stage'} />
      </Box>
      <div className={classes.cards}>
        {column.deals.map((deal) => (
          <DealCard key={deal.id} deal={deal} onOpen={onOpen} takeFocus={deal.id === focusedDealId} />
        ))}
        {hidden > 0 && (
          <Text fz="xs" c="dimmed" ta="center" py="xs">
            {t('deals.board.more', { count: hidden })}
          </Text>
        )}
      </div>
    </Box>
  );
}
