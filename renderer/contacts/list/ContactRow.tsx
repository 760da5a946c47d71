import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { formatShortDate } from '../../i18n/formatDate';
import classes from './ContactList.module.css';
import { PersonAvatar } from '../../ui/PersonAvatar';

const SHOWN_TAGS = 2;

interface ContactRowProps {
  contact: Contact;
  id: string;
  active: boolean;
  now: number;
  style: CSSProperties;
  onOpen(): void;
}

export function ContactRow({ contact, id, active, now, style, onOpen }: ContactRowProps) {
  const { i18n } = useTranslation();
  const hiddenTags = contact.tags.length - SHOWN_TAGS;
  const date = contact.deletedAt ?? contact.updatedAt;
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={`${classes.row} ${classes.columns}`}
      style={style}
      onClick={onOpen}
    >
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
      <Text fz="xs" c="dimmed" className={classes.cell}>
        {formatShortDate(date, now, i18n.language)}
      </Text>
    </div>
  );
}
