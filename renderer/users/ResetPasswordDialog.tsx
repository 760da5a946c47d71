import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { password as passwordSchema } from '../../shared/auth/contract';
import type { ManagedUser } from '../../shared/users/contract';
import { call } from '../bridge/call';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
import { AppModal } from '../ui/AppModal';
import { UserErrorAlert } from './UserErrorAlert';
import { useUsersStore } from './usersStore';

function validate(password: string, repeat: string): FieldErrors {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    return fieldErrorsFrom(parsed.error.issues.map((issue) => ({ ...issue, path: ['password'] })));
  }
  return repeat === password ? {} : { repeat: (t) => t('auth.setup.passwordsDiffer') };
}

/** Sets a new password for someone who forgot theirs; it signs them out everywhere. */
export function ResetPasswordDialog({ user, onClose }: { user: ManagedUser | null; onClose(): void }) {
  const { t } = useTranslation();
  const replace = useUsersStore((store) => store.replace);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setPassword('');
    setRepeat('');
    setErrors({});
    setRefusal(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    const found = validate(password, repeat);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setRefusal(null);
    try {
      replace(await call('users.resetPassword', { id: user.id, version: user.version, password }));
      notifications.show({ color: 'teal', message: t('users.reset.done', { name: user.displayName }) });
      close();
    } catch (error) {
      setRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <AppModal
      opened={user !== null}
      onClose={close}
      title={t('users.reset.title', { name: user?.displayName ?? '' })}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('users.reset.description')}
          </Text>
          {refusal !== null && <UserErrorAlert error={refusal} />}
          <PasswordInput
            label={t('users.reset.password')}
            description={t('auth.setup.passwordHint')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password?.(t)}
            autoComplete="new-password"
            data-autofocus
            required
          />
          <PasswordInput
            label={t('auth.setup.repeatPassword')}
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={errors.repeat?.(t)}
            autoComplete="new-password"
            required
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
