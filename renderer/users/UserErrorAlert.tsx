import { Button } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGE_PATHS } from '../app/access';
import { ExplanationAlert } from '../ui/ExplanationAlert';
import { needsMoreSeats, userErrorText } from './userErrorText';

/** A refused change to an account, explained; out of seats, it offers the plan page. */
export function UserErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <ExplanationAlert
      explanation={userErrorText(error)}
      onClose={onClose}
      action={
        needsMoreSeats(error) && (
          <Button
            component={Link}
            to={PAGE_PATHS.plan}
            size="xs"
            mt="sm"
            color="red"
            leftSection={<IconListDetails size={14} />}
          >
            {t('users.errors.seats.comparePlans')}
          </Button>
        )
      }
    />
  );
}
