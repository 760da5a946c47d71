import { useTranslation } from 'react-i18next';
import type { ContactView } from '../contactListStore';
import classes from './ContactList.module.css';

/** Column titles above the list; the rows carry their own labels for assistive technology. */
export function ContactListHeader({ view }: { view: ContactView }) {
  const { t } = useTranslation();
  return (
    <div className={`${classes.header} ${classes.columns}`} aria-hidden>
      <span>{t('contacts.columns.name')}</span>
      <span>{t('contacts.columns.companyName')}</span>
      <span>{t('contacts.columns.phone')}</span>
      <span className={classes.wide}>{t('contacts.columns.email')}</span>
      <span className={classes.wide}>{t('contacts.columns.tags')}</span>
      <span className={classes.wide}>{t('contacts.columns.owner')}</span>
      <span>{view === 'trash' ? t('contacts.columns.deleted') : t('contacts.columns.updated')}</span>
    </div>
  );
}
