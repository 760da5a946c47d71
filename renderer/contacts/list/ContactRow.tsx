import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { customValueText } from '../../custom-fields/customValueText';
import { formatShortDate } from '../../i18n/formatDate';
import classes from './ContactList.module.css';
import { PersonAvatar } from '../../ui/PersonAvatar';

const SHOWN_TAGS = 2;

interface ContactRowProps {
  contact: Contact;
  now: number;
  customColumns: readonly CustomFieldDef[];
  /** The row's checkbox, in lists whose rows can be selected. */
  selection?: { selected: boolean; onToggle(): void };
}

/** One contact's cells in the list's columns. */
export function ContactRow({ contact, now, customColumns, selection }: ContactRowProps) {
  const { t, i18n } = useTranslation();
  const hiddenTags = contact.tags.length - SHOWN_TAGS;
  const date = contact.deletedAt ?? contact.updatedAt;
  return (
    <>
      {selection && (
        <Checkbox
          aria-label={t('contactSelection.select', { name: contact.name })}
          checked={selection.selected}
          onChange={selection.onToggle}
          // The list keeps the keyboard (Space selects there), and a click here opens nothing.
          tabIndex={-1}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => event.stopPropagation()}
        />
      )}
      <Group gap="sm" wrap="nowrap" className={classes.cell}>
        <PersonAvatar name={contact.name} size={34} />
        <Stack gap={0} miw={0}>
          <Text fz="sm" fw={600} truncate>
            {contact.name}
          </Text>
          {contact.title && (
            <Text fz="xs" c="dimmed" truncate>
              {contact.title}
            </Text>
          )}
        </Stack>
      </Group>
      <span className={classes.cell}>{contact.companyName}</span>
      <span className={classes.cell}>{contact.phones[0]}</span>
      <span className={`${classes.cell} ${classes.wide}`}>{contact.emails[0]}</span>
      <Group gap={4} wrap="nowrap" className={`${classes.cell} ${classes.wide}`}>
        {contact.tags.slice(0, SHOWN_TAGS).map((tag) => (
          <Badge key={tag} variant="light" radius="sm" size="sm" tt="none" maw={110}>
            {tag}
          </Badge>
        ))}
        {hiddenTags > 0 && (
          <Badge variant="default" radius="sm" size="sm">
            +{hiddenTags}
          </Badge>
        )}
      </Group>
      <span className={`${classes.cell} ${classes.wide}`}>{contact.ownerName}</span>
      {customColumns.map((field) => {
        const text = customValueText(field, contact.custom[field.id], t, i18n.language);
        return (
          <span key={field.id} className={`${classes.cell} ${classes.wide}`} title={text}>
            {text}
          </span>
        );
      })}
      <Text fz="xs" c="dimmed" className={classes.cell}>
        {formatShortDate(date, now, i18n.language)}
      </Text>
    </>
  );
}
