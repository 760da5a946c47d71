import { Alert, Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconPlugConnectedX, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RemoteSession } from '../../shared/remote/contract';
import { checkRemoteId, type RemoteTool } from '../../shared/remote/remote-id';
import { TOOL_DOWNLOADS } from '../../shared/remote/tool-info';
import { useSession } from '../auth/authStore';
import { mayOpenPage } from '../app/access';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { getBridge } from '../bridge/getBridge';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { CompanyContactStep } from './CompanyContactStep';
import { launchSession, type LaunchRefusal } from './launchOutcome';
import type { RemoteSubject } from './remoteLaunchStore';
import { toolName } from './remoteTexts';
import { offeredTools, rememberedId } from './startForm';

interface Choices {
  tools: RemoteTool[];
  remembered: { tool: RemoteTool; remoteId: string }[];
}

async function loadChoices(subject: RemoteSubject): Promise<Choices> {
  const [settings, ids] = await Promise.all([
    call('remote.settings.get', {}),
    subject.contactId === undefined
      ? { items: [] }
      : call('remote.contactIds', { contactId: subject.contactId }),
  ]);
  return { tools: offeredTools(settings), remembered: ids.items };
}

/** Why the tool did not start, and what to do about it. */
function LaunchRefused({ tool, reason }: { tool: RemoteTool; reason: LaunchRefusal }) {
  const { t } = useTranslation();
  const name = toolName(tool, t);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconPlugConnectedX size={18} />}
      role="alert"
      title={t('remote.launchFailed.title')}
    >
      <Stack gap={4}>
        <Text fz="sm">{t(`remote.reasons.${reason}`, { tool: name })}</Text>
        {reason === 'toolMissing' && tool !== 'custom' && (
          <Anchor href={TOOL_DOWNLOADS[tool]} target="_blank" rel="noreferrer" fz="sm">
            {t('remote.launchFailed.download', { tool: name })}
          </Anchor>
        )}
        <Text fz="xs" c="dimmed">
          {t('remote.launchFailed.logged')}
        </Text>
      </Stack>
    </Alert>
  );
}

function StartForm({
  choices,
  subject,
  onStarted,
  onCancel,
}: {
  choices: Choices;
  subject: RemoteSubject;
  onStarted(session: RemoteSession): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [tool, setTool] = useState<RemoteTool | null>(choices.tools[0] ?? null);
  const [typed, setTyped] = useState(() => rememberedId(choices.remembered, tool));
  const [starting, setStarting] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [refused, setRefused] = useState<{ tool: RemoteTool; reason: LaunchRefusal } | null>(null);
  const [serverProblem, setServerProblem] = useState<'remoteId' | 'tool' | null>(null);
  const check = tool === null ? null : checkRemoteId(tool, typed);
  const idError = check && !check.ok && typed !== '' ? t(`remote.idProblems.${check.problem}`) : undefined;

  const chooseTool = (next: RemoteTool | null) => {
    setTool(next);
    setTyped(rememberedId(choices.remembered, next));
    setServerProblem(null);
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (tool === null || !check?.ok || starting) return;
    setStarting(true);
    setRefusal(null);
    setRefused(null);
    setServerProblem(null);
    try {
      const { contactId, workOrderId } = subject;
      const { session, launch } = await call('remote.start', {
        tool,
        remoteId: check.id,
        contactId,
        workOrderId,
      });
      const reason = await launchSession(session.id, launch);
      if (reason === null) {
        onStarted(session);
        return;
      }
      // Nothing was started: the log says so rather than show a session that never ran.
      await call('remote.end', { sessionId: session.id, outcome: 'noConnection' });
      setRefused({ tool, reason });
    } catch (error) {
      const field = validationIssues(error)[0]?.path[0];
      if (field === 'remoteId' || field === 'tool') setServerProblem(field);
      else setRefusal(error);
    }
    setStarting(false);
  };

  const browser = getBridge().kind === 'browser';
  return (
    <form onSubmit={start} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={refusal} />
        {refused && <LaunchRefused tool={refused.tool} reason={refused.reason} />}
        <Select
          label={t('remote.start.tool')}
          data={choices.tools.map((each) => ({ value: each, label: toolName(each, t) }))}
          value={tool}
          onChange={(value) => chooseTool(value as RemoteTool | null)}
          allowDeselect={false}
          error={serverProblem === 'tool' ? t('remote.start.toolNotSetUp') : undefined}
        />
        <TextInput
          label={t('remote.start.remoteId')}
          description={tool ? t(`remote.start.idHints.${tool}`) : undefined}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setServerProblem(null);
          }}
          error={idError ?? (serverProblem === 'remoteId' ? t('remote.idProblems.format') : undefined)}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          required
        />
        <Alert variant="light" color="blue" icon={<IconShieldCheck size={18} />} role="note">
          {t('remote.start.consent')}
        </Alert>
        {browser && (
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} role="note">
            {t('remote.start.browserNote')}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={starting} disabled={!check?.ok}>
            {t('remote.start.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** No tool is set up: admins get the way to the settings, others whom to ask. */
function NoTools() {
  const { t } = useTranslation();
  const { user } = useSession();
  const admin = mayOpenPage(user.role, 'remoteTools');
  return (
    <NoticeState
      icon={IconAlertTriangle}
      title={t('remote.start.noToolsTitle')}
      description={t(admin ? 'remote.start.noToolsAdmin' : 'remote.start.noToolsAsk')}
      action={
        admin && (
          <Button component={Link} to="/settings/remote" variant="light">
            {t('remote.settings.title')}
          </Button>
        )
      }
    />
  );
}

interface StartSessionFormProps {
  subject: RemoteSubject;
  onStarted(session: RemoteSession): void;
  onCancel(): void;
}

/**
 * The start of a session: from a company, first the person it is with; then the tool, the
 * customer's id checked as typed, consent, Start.
 */
export function StartSessionForm(props: StartSessionFormProps) {
  const { subject, onCancel } = props;
  const [pickedContact, setPickedContact] = useState<number | null>(null);
  const pickContact = useCallback((contactId: number) => setPickedContact(contactId), []);
  const withContact = useMemo(
    () => (pickedContact === null ? subject : { ...subject, contactId: pickedContact }),
    [subject, pickedContact],
  );
  if (subject.companyId !== undefined && withContact.contactId === undefined) {
    return <CompanyContactStep companyId={subject.companyId} onPicked={pickContact} onCancel={onCancel} />;
  }
  return <ToolStep {...props} subject={withContact} />;
}

function ToolStep(props: StartSessionFormProps) {
  const [choices, setChoices] = useState<Choices | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const { subject } = props;

  useEffect(() => {
    let cancelled = false;
    loadChoices(subject).then(
      (loaded) => !cancelled && (setChoices(loaded), setError(null)),
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [subject, generation]);

  if (error) return <ErrorState error={error} onRetry={() => setGeneration((count) => count + 1)} />;
  if (!choices) return <CenteredLoader />;
  if (choices.tools.length === 0) return <NoTools />;
  return <StartForm choices={choices} {...props} />;
}
