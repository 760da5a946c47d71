import { localDayAndTime } from '../../shared/installation/calendar';
import type { InstallationJob } from '../../shared/installation/contract';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { rebaseValues } from '../forms/rebase';
import { useVersionedForm } from '../forms/useVersionedForm';
import {
  JOB_FIELDS,
  jobFieldsOf,
  jobServerFieldErrors,
  jobValuesOf,
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
  /** Where a new job's window is read (useJobTimeZone); a saved job keeps the zone it was entered in. */
  newJobTimeZone: string,
  onSaved: (saved: InstallationJob) => void,
) {
  const session = useSession();
  const timeZone = job?.timeZone ?? newJobTimeZone;
  const form = useVersionedForm<InstallationJob | null, JobFormValues, JobField>({
    record: job,
    initialValues: () =>
      job
        ? jobValuesOf(job)
        : newJobValues(prefill, session.user.id, localDayAndTime(Date.now(), timeZone).day),
    fetchLatest: (saved) => call('installation.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(JOB_FIELDS, jobValuesOf(saved), jobValuesOf(latest), typed, sameJobValue),
    validate: validateJob,
    fieldErrorsOf: jobServerFieldErrors,
    // Above the form only what names no field: a clash of the technician's bookings, say.
    refusalWithFieldErrors: false,
  });

  /** Sends the form; `allowOverlap` books it even where the technician is already booked. */
  const save = (allowOverlap = false) =>
    form.save(async (original, values) => {
      const fields = jobFieldsOf(values, timeZone, original === null);
      const overlap = allowOverlap ? { allowOverlap } : {};
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
    });

  return {
    original: form.original,
    values: form.values,
    change: form.change,
    fieldProps: form.fieldProps,
    errors: form.errors,
    refusal: form.formError,
    dismissRefusal: form.dismissFormError,
    submitting: form.saving,
    save,
    changedByBoth: form.clashes,
    staleSave: form.staleSave,
    conflict: form.conflict,
    timeZone,
  };
}
