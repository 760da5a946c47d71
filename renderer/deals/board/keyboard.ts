import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Left and right arrows carry a picked-up card to the column beside it, instead of nudging it
 * a few pixels; other keys do not move it.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const card = context.collisionRect;
  if (step === 0 || !card) return undefined;
  event.preventDefault();
  const columns = [...context.droppableRects.values()].sort((a, b) => a.left - b.left);
  const middle = card.left + card.width / 2;
  const here = columns.findIndex((rect) => middle >= rect.left && middle <= rect.right);
  const next = columns[here + step];
  if (!next) return currentCoordinates;
  return { x: next.left + (next.width - card.width) / 2, y: currentCoordinates.y };
};
