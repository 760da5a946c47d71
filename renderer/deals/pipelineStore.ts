import { create } from 'zustand';
import type { Deal } from '../../shared/deals/contract';
import { call } from '../bridge/call';
import { moveOnBoard, type Board, type DropTarget } from './boardMoves';

interface PipelineStore {
  board: Board | null;
  loading: boolean;
  loadError: unknown;
  /** Only this owner's deals, or everyone's. */
  ownerId: number | null;
  load(): Promise<void>;
  setOwner(ownerId: number | null): Promise<void>;
  /**
   * Shows the move at once and stores it; a refusal puts the board back as it was, reloads it
   * and is thrown for the screen to explain. A close to won or lost carries its reason.
   */
  move(deal: Deal, target: DropTarget, reason?: string): Promise<Deal>;
  reset(): void;
}

const INITIAL = { board: null, loading: false, loadError: null, ownerId: null };

/** The pipeline board: columns per open stage, won and lost, with their totals. */
export const usePipelineStore = create<PipelineStore>()((set, get) => {
  let request = 0;
  return {
    ...INITIAL,
    async load() {
      const mine = ++request;
      set({ loading: true });
      try {
        const { ownerId } = get();
        const board = await call('deals.board', ownerId === null ? {} : { ownerId });
        if (mine === request) set({ board, loading: false, loadError: null });
      } catch (error) {
        if (mine === request) set({ loading: false, loadError: error });
      }
    },
    async setOwner(ownerId) {
      set({ ownerId });
      await get().load();
    },
    async move(deal, target, reason) {
      const before = get().board;
      if (before) set({ board: moveOnBoard(before, deal, target) });
      // A load started before the move would answer with the old board.
      request++;
      try {
        const { id, version } = deal;
        const stored =
          target.kind === 'stage'
            ? await call('deals.move', { id, version, stageId: target.stageId })
            : await call('deals.close', { id, version, outcome: target.kind, reason });
        void get().load();
        return stored;
      } catch (error) {
        set({ board: before });
        void get().load();
        throw error;
      }
    },
    reset() {
      request++;
      set(INITIAL);
    },
  };
});
