import { useEffect, useState } from 'react';
import type { Contact } from '../../../shared/contacts/contract';
import { call } from '../../bridge/call';
import { onContactChanged } from '../contactChanges';

export type ContactState =
  { status: 'loading' } | { status: 'ready'; contact: Contact } | { status: 'error'; error: unknown };

type Loaded = { id: number; state: ContactState };

/** One contact, kept current when it changes here or on another seat. */
export function useContact(id: number): { state: ContactState; reload(): void } {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    call('contacts.get', { id }).then(
      (contact) => !cancelled && setLoaded({ id, state: { status: 'ready', contact } }),
      (error: unknown) => !cancelled && setLoaded({ id, state: { status: 'error', error } }),
    );
    return () => {
      cancelled = true;
    };
  }, [id, generation]);

  useEffect(() => onContactChanged((changed) => changed === id && setGeneration((count) => count + 1)), [id]);

  // A different contact than the one loaded is still loading, whatever was shown before.
  const state: ContactState = loaded?.id === id ? loaded.state : { status: 'loading' };
  return { state, reload: () => setGeneration((count) => count + 1) };
}
