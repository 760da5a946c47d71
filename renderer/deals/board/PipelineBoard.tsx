import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../../../shared/deals/contract';
import { parseTargetId, targetId, targetOf, type Board } from '../boardMoves';
import { dealErrorText } from '../dealErrorText';
import { useDealEditorStore } from '../form/dealEditorStore';
import { usePipelineStore } from '../pipelineStore';
import classes from './Board.module.css';
import { BoardColumn } from './BoardColumn';
import { DealCardBody } from './DealCard';
import { columnCoordinates } from './keyboard';

/** The pointer decides where a dragged card lands; the keyboard, which column the card overlaps. */
const collision: CollisionDetection = (args) => {
  const byPointer = pointerWithin(args);
  return byPointer.length > 0 ? byPointer : rectIntersection(args);
};

interface PipelineBoardProps {
  board: Board;
  onOpen(deal: Deal): void;
}

/** Columns per open stage, then won and lost; cards move between them by drag and drop. */
export function PipelineBoard({ board, onOpen }: PipelineBoardProps) {
  const { t } = useTranslation();
  const move = usePipelineStore((store) => store.move);
  const [dragged, setDragged] = useState<Deal | null>(null);
  /** The card a keyboard drop moved: it takes the focus again in its new column. */
  const [focusedDealId, setFocusedDealId] = useState<number | null>(null);
  const openClose = useDealEditorStore((store) => store.openClose);
  const sensors = useSensors(
    // A few pixels of travel tell a drag from a click that opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );

  const columnName = (id: UniqueIdentifier | undefined): string => {
    const target = id === undefined ? null : parseTargetId(String(id));
    if (!target) return '';
    if (target.kind !== 'stage') return t(`deals.status.${target.kind}`);
    return board.stages.find((column) => column.stage.id === target.stageId)?.stage.name ?? '';
  };
  const dealOf = (id: UniqueIdentifier) =>
    [...board.stages.flatMap((column) => column.deals), ...board.won.deals, ...board.lost.deals].find(
      (deal) => deal.id === id,
    );
  const titleOf = (id: UniqueIdentifier) => dealOf(id)?.title ?? '';

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('deals.board.announce.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('deals.board.announce.over', { title: titleOf(active.id), column: columnName(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('deals.board.announce.end', { title: titleOf(active.id), column: columnName(over.id) })
        : t('deals.board.announce.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('deals.board.announce.cancel', { title: titleOf(active.id) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setDragged(dealOf(active.id) ?? null);
    setFocusedDealId(null);
  };

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setDragged(null);
    const deal = dealOf(active.id);
    const target = over ? parseTargetId(String(over.id)) : null;
    if (!deal || !target || targetId(target) === targetId(targetOf(deal))) return;
    if (target.kind !== 'stage') {
      openClose(deal, target.kind);
      return;
    }
    if (activatorEvent instanceof KeyboardEvent) setFocusedDealId(deal.id);
    move(deal, target).catch((error: unknown) =>
      notifications.show({ color: 'red', title: deal.title, message: dealErrorText(error)(t) }),
    );
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
        accessibility={{
          // dnd-kit would put the focus back on the card a frame after the drop, taking it from
          // the won/lost dialog that the drop opened; the board refocuses moved cards itself.
          restoreFocus: false,
          announcements,
          screenReaderInstructions: { draggable: t('deals.board.instructions') },
        }}
      >
        <div className={classes.board}>
          {board.stages.map((column) => (
            <BoardColumn
              key={column.stage.id}
              title={column.stage.name}
              target={{ kind: 'stage', stageId: column.stage.id }}
              column={column}
              onOpen={onOpen}
              focusedDealId={focusedDealId}
            />
          ))}
          <BoardColumn
            title={t('deals.status.won')}
            target={{ kind: 'won' }}
            column={board.won}
            onOpen={onOpen}
            focusedDealId={focusedDealId}
          />
          <BoardColumn
            title={t('deals.status.lost')}
            target={{ kind: 'lost' }}
            column={board.lost}
            onOpen={onOpen}
            focusedDealId={focusedDealId}
          />
        </div>
        <DragOverlay>
          {dragged && (
            <Card withBorder padding="sm" radius="md" shadow="md">
              <DealCardBody deal={dragged} />
            </Card>
          )}
        </DragOverlay>
      </DndContext>
    </>
  );
}
