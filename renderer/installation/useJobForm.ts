import { useState } from 'react';
import { localDayAndTime } from '../../shared/installation/calendar';
import type { InstallationJob } from '../../shared/installation/contract';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import type { FieldErrors } from '../forms/fieldErrors';
import { rebaseValues } from '../forms/rebase';
import { useVersionedEdit } from '../forms/useVersionedEdit';
import {
  JOB_FIELDS,
  jobFieldsOf,
  jobServerFieldErrors,
  jobValuesOf,
  localTimeZone,
  newJobValues,
  sameJobValue,
  validateJob,
  type JobField,
  type JobFormValues,
  type JobPrefill,
} from './jobFormValues';

/**
 * A job's form: a new one, or edits of a saved one against the version it was opened at, so a
 * stale save is refused (CONFLICT) and the user loads the newer version with their edits on it.
 */
export function useJobForm(
  job: InstallationJob | null,
  prefill: JobPrefill,
  onSaved: (saved: InstallationJob) => void,
) {
  const session = useSession();
  const timeZone = job?.timeZone ?? localTimeZone();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const edit = useVersionedEdit<InstallationJob | null, JobFormValues, JobField>({
    record: job,
    initialValues: () =>
      job
        ? jobValuesOf(job)
        : newJobValues(prefill, session.user.id, localDayAndTime(Date.now(), timeZone).day),
    fetchLatest: (saved) => call('installation.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(JOB_FIELDS, jobValuesOf(saved), jobValuesOf(latest), typed, sameJobValue),
    onError: setRefusal,
  });
  const { original, values } = edit;

  const change = (next: JobFormValues) => {
    edit.setValues(next);
    if (Object.keys(errors).length > 0) setErrors(validateJob(next));
  };

  /** Sends the form; `allowOverlap` books it even where the technician is already booked. */
  const save = async (allowOverlap = false) => {
    if (submitting) return;
    setRefusal(null);
    const found = validateJob(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    const fields = jobFieldsOf(values, timeZone, original === null);
    const overlap = allowOverlap ? { allowOverlap } : {};
    try {
      onSaved(
        original
          ? await call('installation.update', {
              id: original.id,
              version: original.version,
              patch: fields,
              ...overlap,
            })
          : await call('installation.create', { ...fields, ...overlap }),
      );
    } catch (error) {
      if (isCallError(error) && error.code === 'CONFLICT') edit.staleSave();
      else {
        const fieldErrors = jobServerFieldErrors(error);
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0) setRefusal(error);
      }
      setSubmitting(false);
    }
  };

  return {
    original,
    values,
    change,
    errors,
    refusal,
    /** The user answered the refusal (picked another time): it is no longer shown. */
    dismissRefusal: () => setRefusal(null),
    submitting,
    save,
    /** Fields both the user and someone else changed, after loading the newer version. */
    changedByBoth: edit.clashes,
    staleSave: edit.staleSave,
    conflict: edit.conflict,
    timeZone,
  };
}
