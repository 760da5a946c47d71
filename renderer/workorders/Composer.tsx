import { Button, Checkbox, Group, Kbd, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { insertAtCaret } from '../knowledge/insertAtCaret';
import { InsertArticleButton } from '../knowledge/InsertArticleButton';
import { useUsersStore } from '../users/usersStore';
import { insertMention, mentionAt, mentionSuggestions, type MentionQuery } from './mentions';
import { announceWorkOrderChanged } from './workOrderChanges';
import { WORK_ORDER_ERROR_OVERRIDES } from './workOrderErrors';

const BODY_MAX = 20_000;

/**
 * A reply or, with the toggle, an internal note. Ctrl/Cmd+Enter sends; `@` suggests colleagues
 * (arrows choose, Enter or Tab takes one). What is typed survives the page's live reloads.
 */
export function Composer({ workOrderId }: { workOrderId: number }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const users = useUsersStore((store) => store.users);
  const input = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [chosen, setChosen] = useState(0);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tooLong, setTooLong] = useState(false);

  const suggestions = mention ? mentionSuggestions(users, mention.query, user.id) : [];

  const follow = (text: string, caret: number) => {
    setBody(text);
    setMention(mentionAt(text, caret));
    setChosen(0);
    setTooLong(false);
  };

  const take = (username: string) => {
    const caret = input.current?.selectionStart ?? body.length;
    if (!mention) return;
    const next = insertMention(body, mention, caret, username);
    setBody(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  /** An article's reference, where the caret was; the field keeps the focus after it. */
  const insertArticle = (reference: string) => {
    const next = insertAtCaret(body, input.current?.selectionStart ?? body.length, reference);
    follow(next.text, next.caret);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const send = async () => {
    const text = body.trim();
    if (text === '' || sending) return;
    if (text.length > BODY_MAX) return setTooLong(true);
    setSending(true);
    setError(null);
    try {
      await call('workorders.reply', { id: workOrderId, body: text, internal });
      setBody('');
      setMention(null);
      announceWorkOrderChanged(workOrderId);
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setChosen((chosen + step + suggestions.length) % suggestions.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        take(suggestions[chosen]!.username);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setMention(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <Stack gap="xs">
      <FormErrorAlert error={error} overrides={WORK_ORDER_ERROR_OVERRIDES} />
      <div style={{ position: 'relative' }}>
        <Textarea
          ref={input}
          label={internal ? t('workorders.composer.noteLabel') : t('workorders.composer.replyLabel')}
          placeholder={
            internal ? t('workorders.composer.notePlaceholder') : t('workorders.composer.placeholder')
          }
          value={body}
          onChange={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
          error={tooLong ? t('validation.tooLong', { limit: BODY_MAX }) : undefined}
          autosize
          minRows={3}
          maxRows={12}
          styles={internal ? { input: { background: 'var(--mantine-color-yellow-light)' } } : undefined}
          aria-autocomplete="list"
          aria-controls={suggestions.length > 0 ? 'mention-suggestions' : undefined}
        />
        {suggestions.length > 0 && (
          <Paper
            id="mention-suggestions"
            role="listbox"
            aria-label={t('workorders.composer.mentions')}
            shadow="md"
            withBorder
            p={4}
            style={{ position: 'absolute', zIndex: 10, left: 0, top: '100%', minWidth: 240 }}
          >
            {suggestions.map((candidate, index) => (
              <UnstyledButton
                key={candidate.id}
                role="option"
                aria-selected={index === chosen}
                display="block"
                w="100%"
                px="sm"
                py={4}
                bg={index === chosen ? 'var(--mantine-primary-color-light)' : undefined}
                // Taken before the text field loses focus (its blur closes the list).
                onMouseDown={(event) => {
                  event.preventDefault();
                  take(candidate.username);
                }}
              >
                <Text fz="sm" fw={500} span>
                  {candidate.displayName}
                </Text>{' '}
                <Text fz="xs" c="dimmed" span>
                  @{candidate.username}
                </Text>
              </UnstyledButton>
            ))}
          </Paper>
        )}
      </div>
      <Group justify="space-between">
        <Group gap="md">
          <Checkbox
            label={
              <Group gap={4}>
                <IconLock size={14} />
                {t('workorders.composer.internal')}
              </Group>
            }
            checked={internal}
            onChange={(event) => setInternal(event.currentTarget.checked)}
          />
          <InsertArticleButton onInsert={insertArticle} />
        </Group>
        <Group gap="sm">
          <Group gap={4} c="dimmed" visibleFrom="sm">
            <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
            <Text fz="xs">{t('workorders.composer.sends')}</Text>
          </Group>
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => void send()}
            loading={sending}
            disabled={body.trim() === ''}
            color={internal ? 'yellow' : undefined}
          >
            {internal ? t('workorders.composer.addNote') : t('workorders.composer.send')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
