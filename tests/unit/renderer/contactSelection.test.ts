import { beforeEach, describe, expect, test } from 'vitest';
import { changedCustomField, changedFieldLabel } from '../../../renderer/contacts/changedFieldLabel';
import { useContactListStore } from '../../../renderer/contacts/contactListStore';
import { useContactSelectionStore } from '../../../renderer/contacts/list/contactSelectionStore';
import { selectedInOrder, selectionState, toggled } from '../../../renderer/contacts/list/selection';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { translator } from './translator';

describe('selection helpers', () => {
  test('toggling adds an id, and takes it out again', () => {
    const once = toggled(new Set([1]), 2);
    expect([...once]).toEqual([1, 2]);
    expect([...toggled(once, 1)]).toEqual([2]);
  });

  test('the header shows none, some or all of the loaded rows as selected', () => {
    expect(selectionState(new Set(), [1, 2])).toBe('none');
    expect(selectionState(new Set([9]), [1, 2])).toBe('none');
    expect(selectionState(new Set([2]), [1, 2])).toBe('some');
    expect(selectionState(new Set([2, 1]), [1, 2])).toBe('all');
  });

  test('an export sends the selected rows in the list order, leaving out rows no longer listed', () => {
    expect(selectedInOrder(new Set([30, 10, 99]), [10, 20, 30])).toEqual([10, 30]);
  });
});

describe('the selection store', () => {
  const select = useContactSelectionStore.getState;
  beforeEach(() => select().clear());

  test('selects all loaded rows, then none', () => {
    select().toggle(2);
    select().toggleAll([1, 2, 3]);
    expect([...select().selected]).toEqual([1, 2, 3]);
    select().toggleAll([1, 2, 3]);
    expect(select().selected.size).toBe(0);
  });

  test('survives more pages loading, and is cleared when the sort or filters change', () => {
    select().toggle(5);
    useContactListStore.setState((list) => ({ items: [...list.items], loadingMore: true }));
    expect([...select().selected]).toEqual([5]);
    useContactListStore.setState((list) => ({ query: { ...list.query, sort: 'updated' } }));
    expect(select().selected.size).toBe(0);
  });
});

describe('changed field labels', () => {
  const field = (id: number, label: string): CustomFieldDef =>
    ({ id, entity: 'contact', label, archived: true }) as CustomFieldDef;

  test('a custom field by its label (archived too), a standard one translated', async () => {
    const t = await translator('en');
    const fields = [field(7, 'Contract end')];
    expect(changedFieldLabel('custom.7', changedCustomField('custom.7', fields), t)).toBe('Contract end');
    expect(changedFieldLabel('custom.8', changedCustomField('custom.8', fields), t)).toBe(
      t('customFields.unknownField'),
    );
    expect(changedFieldLabel('companyName', changedCustomField('companyName', fields), t)).toBe(
      t('contacts.fields.companyName'),
    );
    expect(t('contacts.fields.companyName')).not.toBe('contacts.fields.companyName');
  });
});
