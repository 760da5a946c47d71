import { useEffect } from 'react';
import type { Call } from '../../shared/calls/contract';
import type { ProcedureInput } from '../../shared/contract';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { usePagedList } from '../ui/usePagedList';

const PAGE = 50;

type CallFilter = Omit<ProcedureInput<'calls.list'>, 'cursor' | 'limit'>;

/** Calls newest first, a page at a time, loaded again from the top whenever a call changes. */
export function useCallList(filter: CallFilter) {
  const list = usePagedList<Call>(JSON.stringify(filter), (cursor) =>
    call('calls.list', { ...filter, cursor, limit: PAGE }),
  );
  const { reload } = list;
  useEffect(() => onEvent('call.changed', reload), [reload]);
  return list;
}
