import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import type { ContactView } from '../contactListStore';
import classes from './ContactList.module.css';
import { useContactSelectionStore } from './contactSelectionStore';
import { selectionState } from './selection';

/** Selects every loaded row, or none; shows whether none, some or all of them are selected. */
function SelectAllCheckbox({ loadedIds }: { loadedIds: readonly number[] }) {
  const { t } = useTranslation();
  const state = useContactSelectionStore((store) => selectionState(store.selected, loadedIds));
  const toggleAll = useContactSelectionStore((store) => store.toggleAll);
  return (
    <Checkbox
      aria-label={t('contactSelection.selectAll')}
      checked={state === 'all'}
      indeterminate={state === 'some'}
      onChange={() => toggleAll(loadedIds)}
    />
  );
}

/** Column titles above the list; the rows carry their own labels for assistive technology. */
export function ContactListHeader({
  view,
  customColumns,
  loadedIds,
}: {
  view: ContactView;
  customColumns: readonly CustomFieldDef[];
  /** The loaded rows, when they can be selected. */
  loadedIds: readonly number[] | null;
}) {
  const { t } = useTranslation();
  return (
    <div className={`${classes.header} ${classes.columns} ${loadedIds ? classes.selectable : ''}`}>
      {loadedIds && <SelectAllCheckbox loadedIds={loadedIds} />}
      {/* The titles stay cells of the header's grid. */}
      <div style={{ display: 'contents' }} aria-hidden>
        <span>{t('contacts.columns.name')}</span>
        <span>{t('contacts.columns.companyName')}</span>
        <span>{t('contacts.columns.phone')}</span>
        <span className={classes.wide}>{t('contacts.columns.email')}</span>
        <span className={classes.wide}>{t('contacts.columns.tags')}</span>
        <span className={classes.wide}>{t('contacts.columns.owner')}</span>
        {customColumns.map((field) => (
          <span key={field.id} className={`${classes.cell} ${classes.wide}`} title={field.label}>
            {field.label}
          </span>
        ))}
        <span>{view === 'trash' ? t('contacts.columns.deleted') : t('contacts.columns.updated')}</span>
      </div>
    </div>
  );
}
