import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';

/** A read that takes no input and answers a company-wide settings object with its version. */
export type SettingsProcedure = {
  [N in ProcedureName]: Record<string, never> extends ProcedureInput<N>
    ? ProcedureOutput<N> extends { version: number }
      ? N
      : never
    : never;
}[ProcedureName];

type LoadedSettings<S> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `generation` counts the loads: a form keyed by it starts afresh from what it holds. */
  | { status: 'ready'; settings: S; generation: number };

/**
 * A settings object as its read answers it. `reload` fetches it again (theirs, after a CONFLICT)
 * while the form stays shown; only a failure replaces it.
 */
export function useVersionedSettings<N extends SettingsProcedure>(read: N) {
  const [loaded, setLoaded] = useState<LoadedSettings<ProcedureOutput<N>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((count) => count + 1);

  useEffect(() => {
    let current = true;
    call(read, {} as ProcedureInput<N>).then(
      (settings) => current && setLoaded({ status: 'ready', settings, generation }),
      (error: unknown) => current && setLoaded({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [read, generation]);

  return { loaded, reload };
}

interface SettingsSaveOptions<S> {
  /** The form's own checks, shown beside its fields; false keeps the values from being sent. */
  check(version: number): boolean;
  /** Saves the values against the version the form last read. */
  send(version: number): Promise<S>;
  onSaved(saved: S): void;
  /** A refusal other than CONFLICT, e.g. to put its issues beside the fields; it is also shown above the form. */
  onRefused?(error: unknown): void;
  savedMessage: string;
}

/**
 * The save of a settings form, named by the version it read: a stale one (CONFLICT) is told
 * apart from other refusals, so the user can load theirs; a saved one moves the version on.
 */
export function useSettingsSave<S extends { version: number }>(
  loadedVersion: number,
  { check, send, onSaved, onRefused, savedMessage }: SettingsSaveOptions<S>,
) {
  const [version, setVersion] = useState(loadedVersion);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const saved = await send(version);
      setVersion(saved.version);
      setConflict(false);
      onSaved(saved);
      notifications.show({ color: 'teal', message: savedMessage });
    } catch (error) {
      if (isCallError(error) && error.code === 'CONFLICT') setConflict(true);
      else {
        onRefused?.(error);
        setRefusal(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    if (check(version)) void save();
  };

  return { submit, saving, refusal, conflict };
}
