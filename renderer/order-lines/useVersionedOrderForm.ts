import type { FieldErrors } from '../forms/fieldErrors';
import { useVersionedForm } from '../forms/useVersionedForm';
import { rebaseOrderValues, type PricedForm } from './rebaseOrderValues';

interface SavedOrder {
  id: number;
  version: number;
}

interface VersionedOrderFormOptions<O extends SavedOrder, V extends PricedForm, F extends keyof V, I> {
  /** The draft to edit; null for a new one. */
  order: O | null;
  /** The form of a saved order, or of a new one. */
  valuesOf(order: O | null): V;
  /** The fields the editor changes, each moved onto a newer version after a stale save. */
  fields: readonly F[];
  /** Whether two forms hold the same `field` (typed numbers by what they read, say). */
  same(a: V, b: V, field: F): boolean;
  validate(values: V): FieldErrors;
  /** What is sent; only called with values that passed `validate`. */
  inputOf(values: V): I;
  /** The module's procedures for one order. */
  get(id: number): Promise<O>;
  create(input: I): Promise<O>;
  update(original: O, patch: I): Promise<O>;
  onSaved(saved: O): void;
}

/** A refusal of a draft is told above the form, in the order's words. */
const noFieldErrors = () => ({});

/**
 * An order's form (sales or purchase): a new draft, or edits of a saved draft against the version
 * it was opened at, so a stale save is refused (CONFLICT) and the conflict dialog lets the user
 * load the newer version with their edits on it.
 */
export function useVersionedOrderForm<O extends SavedOrder, V extends PricedForm, F extends keyof V, I>({
  order,
  valuesOf,
  fields,
  same,
  validate,
  inputOf,
  get,
  create,
  update,
  onSaved,
}: VersionedOrderFormOptions<O, V, F, I>) {
  const form = useVersionedForm<O | null, V, F>({
    record: order,
    initialValues: () => valuesOf(order),
    fetchLatest: (saved) => get(saved.id),
    rebase: (saved, latest, typed) =>
      rebaseOrderValues(fields, valuesOf(saved), valuesOf(latest), typed, same),
    validate,
    fieldErrorsOf: noFieldErrors,
  });

  const save = () =>
    form.save(async (original, values) => {
      const input = inputOf(values);
      onSaved(original ? await update(original, input) : await create(input));
    });

  return { ...form, save };
}
