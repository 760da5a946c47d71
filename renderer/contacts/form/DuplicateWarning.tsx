import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contactName, emailAddress, phoneNumber } from '../../../shared/contacts/contract';
import type { ProcedureInput, ProcedureOutput } from '../../../shared/contract';
import { call } from '../../bridge/call';
import type { ContactFormValues } from './contactFormValues';

type Check = ProcedureInput<'contacts.duplicates.check'>;
type Matches = ProcedureOutput<'contacts.duplicates.check'>;

const CHECK_DELAY_MS = 400;

/** What is worth checking so far: only values that are complete enough to be valid. */
function checkOf(values: ContactFormValues, excludeId: number | null): Check | null {
  const check: Check = {
    phones: values.phones.filter((phone) => phoneNumber.safeParse(phone).success),
    emails: values.emails.filter((email) => emailAddress.safeParse(email).success),
  };
  if (contactName.safeParse(values.name).success && values.companyName.trim()) {
    check.name = values.name;
    check.companyName = values.companyName.trim();
  }
  if (!check.name && check.phones!.length === 0 && check.emails!.length === 0) return null;
  if (excludeId !== null) check.excludeId = excludeId;
  return check;
}

interface DuplicateWarningProps {
  values: ContactFormValues;
  /** The contact being edited, or null for a new one. */
  excludeId: number | null;
  /** Leaves the form, e.g. to open the existing contact instead. */
  onLeave(): void;
}

/** While a contact is typed in: the existing customers it looks like, before it is saved twice. */
export function DuplicateWarning({ values, excludeId, onLeave }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const key = useMemo(() => JSON.stringify(checkOf(values, excludeId)), [values, excludeId]);
  const [debouncedKey] = useDebouncedValue(key, CHECK_DELAY_MS);
  const [matches, setMatches] = useState<{ key: string; found: Matches } | null>(null);

  useEffect(() => {
    const check = JSON.parse(debouncedKey) as Check | null;
    if (!check) return;
    let cancelled = false;
    call('contacts.duplicates.check', check).then(
      (found) => !cancelled && setMatches({ key: debouncedKey, found }),
      // A failed check only means no warning; saving still works and says what is wrong.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [debouncedKey]);

  // Matches of what was typed before are no warning for what is typed now.
  const found = matches?.key === key ? matches.found : null;
  if (!found || (found.items.length === 0 && found.hidden === 0)) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy size={18} />}
      role="status"
      title={t('contacts.duplicates.warning')}
    >
      <List size="sm" spacing={4}>
        {found.items.map(({ contact, reasons }) => (
          <List.Item key={contact.id}>
            <Group gap={6} wrap="nowrap">
              <Anchor
                component="button"
                type="button"
                fz="sm"
                onClick={() => {
                  onLeave();
                  void navigate(`/contacts/${contact.id}`);
                }}
              >
                {contact.name}
              </Anchor>
              <Text fz="xs" c="dimmed">
                {reasons.map((reason) => t(`contacts.duplicates.reasons.${reason}`)).join(' · ')}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {found.hidden > 0 && (
        <Text fz="xs" c="dimmed" mt={6}>
          {t('contacts.duplicates.hidden', { count: found.hidden })}
        </Text>
      )}
    </Alert>
  );
}
