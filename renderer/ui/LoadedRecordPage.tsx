import type { ReactNode } from 'react';
import { RecordContent, RecordPage } from './RecordPage';
import { useRecord } from './useRecord';

interface LoadedRecordProps<T> {
  /** Both stable (module-level), as useRecord asks. */
  load(id: number): Promise<T>;
  subscribe?(onChange: (changedId: number) => void): () => void;
  /** The record's content; `reload` loads it again after a change made here. */
  children(record: T, reload: () => void): ReactNode;
}

function LoadedRecord<T>({ id, load, subscribe, children }: LoadedRecordProps<T> & { id: number }) {
  const { state, reload } = useRecord(id, load, subscribe);
  return (
    <RecordContent state={state} onRetry={reload}>
      {(record) => children(record, reload)}
    </RecordContent>
  );
}

/**
 * A page about the record whose id is in the address (`/…/:id`): the way back, the record once
 * loaded and again whenever it changes, "not found" for a missing one.
 */
export function LoadedRecordPage<T>({
  back,
  ...record
}: LoadedRecordProps<T> & { back: { to: string; label: string } }) {
  return <RecordPage back={back}>{(id) => <LoadedRecord id={id} {...record} />}</RecordPage>;
}
