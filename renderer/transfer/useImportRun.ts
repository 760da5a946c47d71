import { useEffect, useState } from 'react';
import type { ImportProgress, ImportRun } from '../../shared/contacts/transfer-contract';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { useContactListStore } from '../contacts/contactListStore';
import { useTagsStore } from '../contacts/tagsStore';

const POLL_MS = 3000;

export type RunState =
  | { status: 'running'; progress: ImportProgress | null }
  | { status: 'ended'; run: ImportRun }
  | { status: 'error'; error: unknown };

/** After an import or its undo: the list and the tag counts show the contacts as they are now. */
export function refreshContacts(): void {
  void useContactListStore.getState().refresh();
  void useTagsStore.getState().load();
}

/**
 * Follows an import by its push events until it ends, then reads its run. A small file may be
 * done before the events are heard, and the push channel may be reconnecting, so the run is
 * also read at the start and every few seconds.
 */
export function useImportRun(importId: number): RunState {
  const [state, setState] = useState<RunState>({ status: 'running', progress: null });

  useEffect(() => {
    let live = true;
    const poll = setInterval(() => void ended(), POLL_MS);
    const stop = () => {
      live = false;
      clearInterval(poll);
    };
    const ended = async () => {
      try {
        const run = await call('contacts.import.get', { importId });
        if (!live || run.status === 'running') return;
        stop();
        setState({ status: 'ended', run });
        refreshContacts();
      } catch (error) {
        if (!live) return;
        stop();
        setState({ status: 'error', error });
      }
    };
    const stopProgress = onEvent('import.progress', ({ importId: id, ...progress }) => {
      if (live && id === importId) setState({ status: 'running', progress });
    });
    const stopFinished = onEvent('import.finished', (data) => {
      if (data.importId === importId) void ended();
    });
    void ended();
    return () => {
      stop();
      stopProgress();
      stopFinished();
    };
  }, [importId]);

  return state;
}
